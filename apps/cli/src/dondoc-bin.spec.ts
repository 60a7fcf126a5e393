// The `dondoc` bin as a user runs it: a real child process, exit codes and stdout.
import { execFile } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/dondoc.js');
const SEED = path.join(ROOT, 'libs/doc-import/fixtures/seed-907-UBND-NV.txt');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

jest.setTimeout(60_000);

describe('dondoc bin', () => {
  it('imports the seed letter as JSON', async () => {
    const { code, stdout } = await run(['import', SEED, '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({
      number: '907',
      symbol: 'UBND-NV',
      date: '2022-01-25',
      docType: 'công văn',
      docTypeCode: 'cong-van',
      signer: { name: 'Nguyễn Văn Phương' },
    });
    expect(doc.tasks).toHaveLength(6);
    expect(doc.units.flatMap((u: { unitIds: string[] }) => u.unitIds)).toContain('so-noi-vu');
  });

  it('prints a Vietnamese summary without --json', async () => {
    const { code, stdout } = await run(['import', SEED]);
    expect(code).toBe(0);
    expect(stdout).toContain('907/UBND-NV');
  });

  it('fails clearly on a missing file and on an unknown command', async () => {
    const missing = await run(['import', path.join(ROOT, 'does-not-exist.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không đọc được tệp');
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Lệnh không hợp lệ');
  });
});
