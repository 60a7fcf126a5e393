// `dondoc audit replay|verify` against a real MongoDB-wire server: summary on stdout,
// progress on stderr, exit code 0 when everything holds and 1 on any failure.
import { MongoAuditTrail, MongoHistoryArchive, runAuditCommand } from '@dondoc/audit';
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection } from 'mongoose';
import * as path from 'node:path';
import { archiveGoldenHistories } from './support/golden-archive';

jest.setTimeout(180_000);

const CHANGED_WITHOUT_PATCH = path.resolve(__dirname, '../workflows/fixtures/task-follow-up-changed-without-patch.workflow.ts');

describe('dondoc audit', () => {
  let connection: Connection;
  let env: Record<string, string>;

  beforeAll(async () => {
    const uri = mongoUriFor(uniqueName('audit-cli'));
    env = { MONGODB_URI: uri };
    connection = await connectMongo({ uri });
    const archive = new MongoHistoryArchive(connection);
    const trail = new MongoAuditTrail(connection, { checkpointEvery: 2 });
    await Promise.all([archive.init(), trail.init()]);
    await archiveGoldenHistories(archive);
    for (let i = 1; i <= 5; i++) {
      await trail.append({
        directiveId: 'd-907',
        taskId: 'golden-duty',
        who: 'so-noi-vu.giamdoc',
        role: 'unit-head',
        unit: 'so-noi-vu',
        what: 'task.progress-reported',
        when: `2022-0${i}-18T03:00:00.000Z`,
      });
    }
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  async function run(argv: string[], workflowsPath?: string) {
    let stdout = '';
    let stderr = '';
    const code = await runAuditCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, { env, workflowsPath });
    return { code, stdout, stderr };
  }

  it('replays a directive by its number: progress bar, summary, exit 0', async () => {
    const { code, stdout, stderr } = await run(['audit', 'replay', '--directive', '907/UBND-NV']);
    expect(stderr).toContain('3/3');
    expect(stdout).toContain('Phát lại lịch sử: văn bản 907/UBND-NV (d-907)');
    expect(stdout).toContain('✓ nhiệm vụ golden-duty: 3 lượt chạy nối liền, tất định');
    expect(stdout).toContain('Kết quả: ĐẠT');
    expect(code).toBe(0);
  });

  it('exits 1 and names the diverging event for code changed without patched()', async () => {
    const { code, stdout } = await run(['audit', 'replay', '--directive', '907/UBND-NV'], CHANGED_WITHOUT_PATCH);
    expect(stdout).toMatch(/không tất định tại sự kiện \d+ \(\w+\)/);
    expect(stdout).toContain('KHÔNG ĐẠT (3 lượt chạy lỗi)');
    expect(code).toBe(1);
  });

  it('verifies a directive, then exits 1 naming the entry edited in the database', async () => {
    const intact = await run(['audit', 'verify', '--directive', '907/UBND-NV']);
    expect(intact.stdout).toContain('Nhật ký kiểm toán: 5 mục, 5 chữ ký, 2 điểm kiểm tra');
    expect(intact.stdout).toContain('Lịch sử lưu trữ: 3 đã kiểm tra, 0 sai lệch');
    expect(intact.code).toBe(0);

    await connection.collection('audit_entries').updateOne({ directiveId: 'd-907', seq: 3 }, { $set: { who: 'ke-gian' } });
    const tampered = await run(['audit', 'verify', '--directive', '907/UBND-NV']);
    expect(tampered.stdout).toContain('✗ mục 3 (edited)');
    expect(tampered.stdout).toContain('Kết quả: KHÔNG ĐẠT');
    expect(tampered.code).toBe(1);
  });

  it('answers a usage error with exit 2', async () => {
    expect((await run(['audit', 'replay'])).code).toBe(2);
    expect((await run(['audit', 'verify', '--directive'])).stderr).toContain('Thiếu giá trị sau --directive.');
  });
});
