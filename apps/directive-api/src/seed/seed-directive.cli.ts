// `npm run seed:directive -- [--letter <official letter>|--file <fixture.json>] [--api URL] [--rebase]`
// Drafts and issues a directive through the running API — read from the letter itself by
// the importer (libs/doc-import), or from a JSON fixture — idempotently (an existing
// directive is left as it is), then waits until its tasks are followed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadApiConfig } from '../api.config';
import { signLocalToken } from '@dondoc/auth';
import { directiveIdOf } from '../directives/directive-id';
import { importDocument, toDirectiveDraft } from '@dondoc/doc-import';
import type { DirectiveDraftInput } from '@dondoc/contracts';
import type { OrgChartSeed } from '@dondoc/domain';
import { directiveFixtureSchema, fixtureToDraft } from './directive-fixture';
import { rebaseDraft } from './rebase-draft';

const ROOT = path.resolve(__dirname, '../../../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { file: { type: 'string' }, letter: { type: 'string' }, api: { type: 'string' }, rebase: { type: 'boolean' }, wait: { type: 'string' } },
  });
  const config = loadApiConfig();
  const api = (values.api ?? `http://${config.HTTP_HOST}:${config.HTTP_PORT}`).replace(/\/$/, '');
  const letterDraft = values.letter ? await draftFromLetter(path.resolve(ROOT, values.letter)) : undefined;
  const file = path.resolve(ROOT, values.file ?? 'infra/seed/directive.907-UBND-NV.json');
  const fixture = letterDraft
    ? { number: letterDraft.number, date: letterDraft.date }
    : directiveFixtureSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const token = await signLocalToken({
    userId: 'van-phong-ubnd-tinh.vanthu',
    role: 'issuer',
    unitId: 'van-phong-ubnd-tinh',
    secret: config.AUTH_JWT_SECRET,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  });
  const call = async (method: string, route: string, body?: unknown) => {
    const res = await fetch(`${api}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  const id = directiveIdOf(fixture.number, fixture.date);
  let current = await call('GET', `/v1/directives/${id}`);
  if (current.status === 404) {
    let draft: DirectiveDraftInput;
    let rebased = false;
    if (letterDraft) {
      ({ draft, rebased } = values.rebase ? rebaseDraft(letterDraft, new Date()) : { draft: letterDraft, rebased: false });
      console.log(`[seed] read ${path.relative(ROOT, values.letter ?? '')}: ${draft.tasks.length} tasks`);
    } else {
      const tree = await call('GET', `/v1/org-units?asOf=${fixture.date}`);
      ({ draft, rebased } = fixtureToDraft(directiveFixtureSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))), tree.body.units as never, {
        rebaseTo: values.rebase ? new Date() : undefined,
      }));
    }
    const first = draft.tasks[0].deadline;
    const window = first && 'until' in first ? `${first.from} – ${first.until}` : '';
    if (rebased) console.log(`[seed] ${fixture.number}: its recurring duties had ended; following the next twelve months instead (${window})`);
    const created = await call('POST', '/v1/directives', draft);
    if (created.status !== 201) throw new Error(`drafting ${fixture.number} failed: ${created.status} ${JSON.stringify(created.body)}`);
    current = created;
  }
  if (current.body.status === 'draft') {
    const issued = await call('POST', `/v1/directives/${id}/issue`);
    if (issued.status !== 200) throw new Error(`issuing ${fixture.number} failed: ${issued.status} ${JSON.stringify(issued.body)}`);
    current = issued;
    console.log(`[seed] issued ${fixture.number} (${id})`);
  } else {
    console.log(`[seed] ${fixture.number} (${id}) already ${String(current.body.status)}`);
  }
  const expected = (current.body.assignments as unknown[]).length;
  const deadline = Date.now() + Number(values.wait ?? '120') * 1000;
  let followed = 0;
  while (Date.now() < deadline) {
    const tasks = await call('GET', `/v1/tasks?directiveId=${id}&limit=500`);
    followed = Array.isArray(tasks.body) ? tasks.body.length : 0;
    if (followed >= expected) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.log(`[seed] ${fixture.number}: ${followed}/${expected} tasks followed by their workflows`);
  if (followed < expected) process.exitCode = 1;
}

/** The letter as the importer reads it, made into a draft (the same path as `dondoc import --issue`). */
async function draftFromLetter(file: string): Promise<DirectiveDraftInput> {
  const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8')) as OrgChartSeed;
  const imported = await importDocument({ bytes: fs.readFileSync(file), fileName: file }, { orgCharts: seed.charts });
  if (!imported.ok) throw new Error(`cannot read ${file}: ${imported.error.message}`);
  const drafted = toDirectiveDraft(imported.document);
  if (!drafted.ok) throw new Error(`cannot draft ${file}: ${drafted.problems.join('; ')}`);
  return drafted.draft;
}

main().catch((e: Error) => {
  console.error(`[seed] ${e.message}`);
  process.exit(1);
});
