// `dondoc seed` as `npm run up` runs it: a child process against a real stack (API, worker,
// orchestrator), the letter read by the importer or a JSON fixture, issued once, and the
// command returning only when a workflow follows each task.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DondocStack } from './support/dondoc-stack';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/dondoc.js');

function seed(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'seed', ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 240_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('dondoc seed', () => {
  let stack: DondocStack;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-seed', ['directive-api', 'worker', 'orchestrator']);
    env = { AUTH_JWT_SECRET: stack.env.AUTH_JWT_SECRET, DONDOC_API_URL: stack.baseUrl, DONDOC_TOKEN: '' };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-seed-'));
  });
  afterAll(async () => {
    await stack?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads a letter, moves its ended duties to the next twelve months, issues it and waits for every workflow; a second run leaves it alone', async () => {
    // The seed letter cut to items 1 and 3 (3 says "định kỳ hàng tháng": monthly through
    // 2022), addressed to the district chairmen only: 2 items × 9 units.
    const letter = fs
      .readFileSync(path.join(ROOT, 'libs/doc-import/fixtures/seed-907-UBND-NV.txt'), 'utf8')
      .replace('Số: 907/UBND-NV', 'Số: 908/UBND-NV')
      .replace('- Thủ trưởng các Sở, ban, ngành cấp tỉnh;\n', '')
      .replace(/\n2\. Quan tâm[^\n]*\n/, '\n')
      .replace(/\n4\. Nâng cao[\s\S]*?\n\nYêu cầu/, '\n\nYêu cầu');
    const file = path.join(dir, 'cv-908.txt');
    fs.writeFileSync(file, letter);

    const first = await seed(['--letter', file, '--rebase'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2 nhiệm vụ (tasks)');
    expect(first.stdout).toContain('theo dõi 12 tháng tới');
    expect(first.stdout).toContain('đã ban hành 908/UBND-NV');
    expect(first.stdout).toContain('18/18 nhiệm vụ đã có quy trình theo dõi');
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const tasks = await stack.call<unknown[]>('GET', '/v1/tasks?directiveId=908-ubnd-nv-2022-01-25&pageSize=50', { token: issuer });
    expect(tasks.body).toHaveLength(18);

    const again = await seed(['--letter', file, '--rebase'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('đã có, trạng thái issued');
    expect(again.stdout).not.toContain('đã ban hành');
    expect(again.stdout).toContain('18/18 nhiệm vụ');
  });

  it('issues a JSON fixture with its addressee groups resolved by the API', async () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'infra/seed/directive.907-UBND-NV.json'), 'utf8'));
    const file = path.join(dir, 'fixture-909.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        ...fixture,
        number: '909/UBND-NV',
        addresseeGroups: ['district-people-committees'],
        tasks: fixture.tasks.slice(0, 1),
      }),
    );
    const run = await seed(['--file', file, '--rebase', '--wait', '180'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('9/9 nhiệm vụ đã có quy trình theo dõi');
  });

  it('says what is wrong in Vietnamese and English: a missing letter, a refused token', async () => {
    const missing = await seed(['--letter', path.join(dir, 'none.txt')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không đọc được tệp');
    expect(missing.stderr).toContain('cannot read the file');
    const refused = await seed(['--letter', path.join(dir, 'cv-908.txt')], { ...env, DONDOC_TOKEN: 'not-a-token' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('seeding through the API failed');
    expect(refused.stderr).toContain('API trả lời 401');
  });
});
