import {
  directiveFixtureSchema,
  fixtureToDraft,
  importDocument,
  rebaseDraft,
  toDirectiveDraft,
  type FixtureUnitNode,
} from '@dondoc/doc-import';
import type { DirectiveDraftInput } from '@dondoc/contracts';
import { directiveIdOf, type OrgChartSeed } from '@dondoc/domain';
import { parseArgs } from 'node:util';
import { ApiAnswerError, callApi, describeApiFailure, totalOf, type ApiTarget } from './api-client';
import { signTokenFromEnv, TokenConfigError } from './token-command';

// `dondoc seed [--letter <letter> | --file <fixture.json>] [--rebase] [--wait s]`: drafts and
// issues a directive through the running API (read from the letter by the importer, or from
// a JSON fixture), idempotently (an existing directive is left as it is), then waits until
// the workflows follow all its tasks. `npm run up` seeds 907/UBND-NV with it.

export interface SeedIo {
  readFile(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface SeedEnv {
  apiUrl: string;
  token?: string;
  /** The fixture seeded when neither --letter nor --file is given. */
  defaultFixturePath: string;
  /** The org chart the importer resolves a letter's units against. */
  orgChartPath: string;
  /** AUTH_* variables: without a token, the seed signs a local one as the provincial office's clerk. */
  authEnv: Record<string, string | undefined>;
  /** Pause between two looks at the task count (tests shorten it). */
  pollMs?: number;
  now?: () => Date;
}

const USAGE = `Cách dùng: dondoc seed [--letter <văn bản .txt|.docx|.pdf> | --file <tệp.json>] [--rebase] [--wait <giây>] [--api URL] [--token MÃ]
  Tạo và ban hành một văn bản qua API (bỏ qua nếu đã có), rồi chờ đến khi mọi nhiệm vụ có quy trình theo dõi.
  (Drafts and issues a directive through the API, idempotently, then waits until every task is followed.)
  --letter   đọc văn bản bằng bộ nhập (read the letter with the importer)
  --file     văn bản mô tả bằng JSON theo nhóm đơn vị (a JSON fixture; default infra/seed/directive.907-UBND-NV.json)
  --rebase   nhiệm vụ định kỳ đã hết hạn chuyển sang 12 tháng tới (ended recurring duties move to the next 12 months)
  --wait     số giây chờ quy trình theo dõi, mặc định 120 (seconds to wait for the workflows, default 120)
`;

/** The clerk of the provincial People's Committee office: the issuer of the seed letters. */
const SEED_ISSUER = { userId: 'van-phong-ubnd-tinh.vanthu', role: 'issuer', unitId: 'van-phong-ubnd-tinh' } as const;

class SeedError extends Error {}

export async function runSeedCommand(argv: string[], io: SeedIo, env: SeedEnv): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        letter: { type: 'string' },
        file: { type: 'string' },
        api: { type: 'string' },
        token: { type: 'string' },
        rebase: { type: 'boolean' },
        wait: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    io.stderr(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const waitSeconds = Number(values.wait ?? '120');
  if ((values.letter && values.file) || !Number.isFinite(waitSeconds) || waitSeconds < 0) {
    io.stderr(`Chỉ dùng một trong --letter, --file; --wait là số giây (use one of --letter, --file; --wait takes seconds).\n\n${USAGE}`);
    return 2;
  }
  const now = env.now ?? (() => new Date());
  const say = (text: string) => io.stdout(`[seed] ${text}\n`);
  try {
    const target: ApiTarget = {
      api: (values.api ?? env.apiUrl).replace(/\/$/, ''),
      token: values.token || env.token || (await signTokenFromEnv(env.authEnv, SEED_ISSUER)),
    };
    const source = values.letter
      ? await letterSource(values.letter, io, env)
      : await fixtureSource(values.file ?? env.defaultFixturePath, io, target);
    const id = directiveIdOf(source.number, source.date);
    let current = await findDirective(target, id);
    if (!current) {
      const { draft, rebased } = await source.draft(values.rebase ? now() : undefined);
      say(`${source.label}: ${draft.tasks.length} nhiệm vụ (tasks)`);
      if (rebased) {
        const first = draft.tasks[0].deadline;
        const window = first && 'until' in first ? ` (${first.from} – ${first.until})` : '';
        say(
          `${source.number}: nhiệm vụ định kỳ đã hết hạn, theo dõi 12 tháng tới${window} (ended recurring duties moved to the next twelve months)`,
        );
      }
      current = (await callApi(target, 'POST', '/v1/directives', draft)) as DirectiveAnswer;
      say(`đã tạo dự thảo ${source.number} (drafted, id ${id})`);
    }
    if (current.status === 'draft') {
      current = (await callApi(target, 'POST', `/v1/directives/${id}/issue`)) as DirectiveAnswer;
      say(`đã ban hành ${source.number} (issued, id ${id})`);
    } else {
      say(`${source.number} (id ${id}) đã có, trạng thái ${current.status} (already there, left as it is)`);
    }
    const expected = current.assignments.length;
    const followed = await waitForWorkflows(target, id, expected, waitSeconds * 1000, env.pollMs ?? 1000, (n) =>
      say(`${n}/${expected} nhiệm vụ đã có quy trình theo dõi (tasks followed)`),
    );
    if (followed < expected) {
      io.stderr(
        `[seed] Hết ${waitSeconds} giây chờ: ${followed}/${expected} nhiệm vụ có quy trình theo dõi; xem nhật ký orchestrator và worker (timed out: ${followed}/${expected} tasks followed).\n`,
      );
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof SeedError || e instanceof TokenConfigError) io.stderr(`[seed] ${e.message}\n`);
    else if (e instanceof ApiAnswerError || e instanceof TypeError)
      io.stderr(
        `[seed] Không tạo được văn bản qua API (seeding through the API failed): ${describeApiFailure(e, values.api ?? env.apiUrl)}`,
      );
    else throw e;
    return 1;
  }
}

interface DirectiveAnswer {
  status: string;
  assignments: unknown[];
}

interface SeedSource {
  number: string;
  date: string;
  label: string;
  draft(rebaseTo: Date | undefined): Promise<{ draft: DirectiveDraftInput; rebased: boolean }>;
}

async function readBytes(io: SeedIo, file: string): Promise<Uint8Array> {
  try {
    return await io.readFile(file);
  } catch (e) {
    throw new SeedError(`Không đọc được tệp ${file} (cannot read the file): ${(e as Error).message}`);
  }
}

async function readJson(io: SeedIo, file: string): Promise<unknown> {
  const text = Buffer.from(await readBytes(io, file)).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SeedError(`Tệp ${file} không phải JSON (not JSON): ${(e as Error).message}`);
  }
}

/** The letter as the importer reads it, made into a draft: the path of `dondoc import --issue`. */
async function letterSource(file: string, io: SeedIo, env: SeedEnv): Promise<SeedSource> {
  const bytes = await readBytes(io, file);
  const seed = (await readJson(io, env.orgChartPath)) as OrgChartSeed;
  const imported = await importDocument({ bytes, fileName: file }, { orgCharts: seed.charts });
  if (!imported.ok) throw new SeedError(`Không nhập được văn bản ${file} (cannot import the letter): ${imported.error.message}`);
  const drafted = toDirectiveDraft(imported.document);
  if (!drafted.ok)
    throw new SeedError(
      `Chưa thể tạo dự thảo từ ${file} (cannot draft the letter):\n${drafted.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  const read = drafted.draft;
  return {
    number: read.number,
    date: read.date,
    label: `đọc văn bản ${file} (read the letter)`,
    draft: async (rebaseTo) => (rebaseTo ? rebaseDraft(read, rebaseTo) : { draft: read, rebased: false }),
  };
}

/** A JSON fixture: its addressee groups are resolved against the org chart the API holds on the letter's date. */
async function fixtureSource(file: string, io: SeedIo, target: ApiTarget): Promise<SeedSource> {
  const parsed = directiveFixtureSchema.safeParse(await readJson(io, file));
  if (!parsed.success)
    throw new SeedError(
      `Tệp ${file} không đúng mẫu (not a directive fixture): ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const fixture = parsed.data;
  return {
    number: fixture.number,
    date: fixture.date,
    label: `tệp ${file} (fixture)`,
    draft: async (rebaseTo) => {
      const tree = (await callApi(target, 'GET', `/v1/org-units?asOf=${fixture.date}`)) as { units: FixtureUnitNode[] };
      return fixtureToDraft(fixture, tree.units, { rebaseTo });
    },
  };
}

async function findDirective(target: ApiTarget, id: string): Promise<DirectiveAnswer | undefined> {
  try {
    return (await callApi(target, 'GET', `/v1/directives/${id}`)) as DirectiveAnswer;
  } catch (e) {
    if (e instanceof ApiAnswerError && e.status === 404) return undefined;
    throw e;
  }
}

/** Counts the directive's tasks in the read model (one per workflow started) until all are there or time runs out. */
async function waitForWorkflows(
  target: ApiTarget,
  id: string,
  expected: number,
  waitMs: number,
  pollMs: number,
  progress: (n: number) => void,
): Promise<number> {
  const until = Date.now() + waitMs;
  let followed = -1;
  for (;;) {
    const n = await totalOf(target, `/v1/tasks?directiveId=${encodeURIComponent(id)}`);
    if (n !== followed) progress(n);
    followed = n;
    if (followed >= expected || Date.now() >= until) return followed;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
