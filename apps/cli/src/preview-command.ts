import { ContractViolation, directiveDraftSchema, type DirectiveDraftInput } from '@dondoc/contracts';
import { importDocument, toDirectiveDraft } from '@dondoc/doc-import';
import type { OrgChartSeed } from '@dondoc/domain';
import { previewRequestSchema, runPreview, type UnitBehaviour } from '@dondoc/reports';
import { parseArgs } from 'node:util';

// `dondoc preview <letter|draft.json>`: what a directive will ask of each unit over its
// life, and the grade a behaviour earns, computed in seconds without touching any task.

export interface PreviewIo {
  readFile(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Cách dùng:
  dondoc preview <văn bản .txt|.docx|.pdf | dự thảo .json> [--behaviour on_time|late:<N>|never] [--unit <mã đơn vị>]…
                 [--issue-at <ISO 8601>] [--issuer-unit <mã>] [--org-chart <tệp>] [--json]
  Mặc định: mọi đơn vị luôn đúng hạn; ban hành 09:00 ngày của văn bản.
`;

function behaviourOf(text: string): UnitBehaviour | undefined {
  if (text === 'on_time' || text === 'never') return { kind: text };
  const late = /^late:(\d+)$/.exec(text);
  return late ? { kind: 'late', workingDays: Number(late[1]) } : undefined;
}

export async function runPreviewCommand(argv: string[], io: PreviewIo, env: { orgChartPath: string }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        behaviour: { type: 'string', default: 'on_time' },
        unit: { type: 'string', multiple: true },
        'issue-at': { type: 'string' },
        'issuer-unit': { type: 'string' },
        'org-chart': { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (e) {
    io.stderr(`Tham số không hợp lệ (bad arguments): ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const behaviour = behaviourOf(values.behaviour);
  if (positionals.length !== 1 || !behaviour) {
    io.stderr(`${behaviour ? '' : `Cách thực hiện không hợp lệ: ${values.behaviour} (unknown behaviour)\n`}${USAGE}`);
    return 2;
  }
  let seed: OrgChartSeed;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(positionals[0]);
    seed = JSON.parse(Buffer.from(await io.readFile(values['org-chart'] ?? env.orgChartPath)).toString('utf8')) as OrgChartSeed;
  } catch (e) {
    io.stderr(`Không đọc được tệp (cannot read file): ${(e as Error).message}\n`);
    return 1;
  }
  const draft = await draftOf(positionals[0], bytes, seed, values['issuer-unit'], io);
  if (!draft) return 1;
  const request = previewRequestSchema.safeParse({ draft, behaviour, issueAt: values['issue-at'], unitIds: values.unit });
  if (!request.success) {
    io.stderr(
      `Dữ liệu không hợp lệ (invalid preview request): ${request.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`,
    );
    return 2;
  }
  const started = Date.now();
  let preview;
  try {
    preview = await runPreview(request.data, {
      charts: seed.charts,
      onTask: (done, total) => io.stderr(`\r[${'#'.repeat(Math.round((done / total) * 24)).padEnd(24, '.')}] ${done}/${total} nhiệm vụ`),
    });
  } catch (e) {
    if (e instanceof ContractViolation) {
      io.stderr(`\nDự thảo không hợp lệ (invalid draft):\n${e.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return 1;
    }
    throw e;
  }
  io.stderr(`\nXem trước ${preview.number}: ${preview.taskCount} nhiệm vụ, ${preview.units.length} đơn vị, ${Date.now() - started} ms\n`);
  if (values.json) {
    io.stdout(`${JSON.stringify(preview, null, 2)}\n`);
    return 0;
  }
  for (const u of preview.units) {
    const all = u.tasks.flatMap((t) => t.schedule);
    const n = (k: string) => all.filter((e) => e.kind === k).length;
    const grades = u.grades.map((g) => `${g.year}: ${g.label}`).join('; ');
    io.stdout(
      `${u.unitName} (${u.behaviour}): ${u.tasks.length} nhiệm vụ, ${n('due')} hạn, ${n('reminder')} lần nhắc, ${n('escalation')} lần báo cáo vượt cấp, ` +
        `${n('evaluation')} kỳ đánh giá — xếp loại ${grades || 'chưa có'}\n`,
    );
  }
  return 0;
}

async function draftOf(
  file: string,
  bytes: Uint8Array,
  seed: OrgChartSeed,
  issuerUnitId: string | undefined,
  io: PreviewIo,
): Promise<DirectiveDraftInput | undefined> {
  if (file.toLowerCase().endsWith('.json')) {
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch (e) {
      io.stderr(`Tệp JSON không hợp lệ (invalid JSON): ${(e as Error).message}\n`);
      return undefined;
    }
    const draft = directiveDraftSchema.safeParse(json);
    if (!draft.success) {
      io.stderr(`Dự thảo không hợp lệ (invalid draft): ${draft.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`);
      return undefined;
    }
    return draft.data;
  }
  const imported = await importDocument({ bytes, fileName: file }, { orgCharts: seed.charts });
  if (!imported.ok) {
    io.stderr(`Không nhập được văn bản (cannot import): ${imported.error.message}\n`);
    return undefined;
  }
  const drafted = toDirectiveDraft(imported.document, { issuerUnitId });
  if (!drafted.ok) {
    io.stderr(`Chưa lập được dự thảo (no draft): ${drafted.problems.join('; ')}\n`);
    return undefined;
  }
  return drafted.draft;
}
