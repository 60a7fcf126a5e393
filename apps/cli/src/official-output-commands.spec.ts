// `dondoc preview` on the seed letter and `dondoc report`'s argument checks, called as the
// bin calls them (real files; the report's MongoDB is never opened for a bad request).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runPreviewCommand } from './preview-command';
import { runReportCommand } from './report-command';

const ROOT = path.resolve(__dirname, '../../..');
const SEED = path.join(ROOT, 'libs/doc-import/fixtures/seed-907-UBND-NV.txt');
const ORG_CHART = path.join(ROOT, 'infra/seed/org-chart.thua-thien-hue.2022.json');

function io() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      readFile: (p: string) => fs.readFile(p),
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
    },
  };
}

jest.setTimeout(60_000);

describe('dondoc preview', () => {
  it('previews the seed letter for one unit that never reports, with progress on stderr', async () => {
    const { out, io: cli } = io();
    const code = await runPreviewCommand([SEED, '--behaviour', 'never', '--unit', 'so-noi-vu', '--json'], cli, { orgChartPath: ORG_CHART });
    expect(code).toBe(0);
    expect(out.stderr).toContain('6/6 nhiệm vụ');
    const preview = JSON.parse(out.stdout) as {
      number: string;
      units: { unitId: string; behaviour: string; tasks: { schedule: { kind: string }[] }[] }[];
    };
    expect(preview.number).toBe('907/UBND-NV');
    expect(preview.units.map((u) => [u.unitId, u.behaviour, u.tasks.length])).toEqual([['so-noi-vu', 'không báo cáo', 6]]);
    expect(preview.units[0].tasks[0].schedule.some((e) => e.kind === 'due')).toBe(true);
  });

  it('refuses an unknown behaviour and a missing file, clearly', async () => {
    const bad = io();
    expect(await runPreviewCommand([SEED, '--behaviour', 'sometimes'], bad.io, { orgChartPath: ORG_CHART })).toBe(2);
    expect(bad.out.stderr).toContain('unknown behaviour');
    const missing = io();
    expect(await runPreviewCommand([path.join(ROOT, 'nope.json')], missing.io, { orgChartPath: ORG_CHART })).toBe(1);
    expect(missing.out.stderr).toContain('cannot read file');
  });
});

describe('dondoc report', () => {
  it('names every bad argument in Vietnamese and English, before touching the database', async () => {
    const { out, io: cli } = io();
    const open = jest.fn();
    expect(await runReportCommand(['--period', '2022-13', '--format', 'pdf', '--unit', ''], cli, { open })).toBe(2);
    expect(out.stderr).toContain('period must be YYYY-MM, YYYY-Qn or YYYY');
    expect(out.stderr).toContain('format must be json, xlsx, docx or csv');
    expect(open).not.toHaveBeenCalled();
    const unknown = io();
    expect(await runReportCommand(['--frobnicate'], unknown.io, { open })).toBe(2);
    expect(unknown.out.stderr).toContain('bad arguments');
  });
});
