// End to end on the real servers: the 2025 reorganisation of Huế published while a
// directive's tasks are open. Tasks for Sở Kế hoạch và Đầu tư and three districts are given
// under version 1; versions 2 (01/01/2025: city, districts), 3 (01/03/2025: departments) and
// 4 (01/07/2025: 40 communes) from infra/seed/org-chart-versions are published with
// effective instants seconds away. After each, the open tasks belong to the successors
// (through the workflow's reassignment: a task.reassigned fact, a fresh acknowledgement
// window), the new heads get a notice by e-mail, escalations reach only heads of units that
// exist, and an evaluation recorded for an old unit stays with it.
import { uniqueName } from '@dondoc/testing';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import mongoose from 'mongoose';
import { DondocStack, eventually } from '../support/dondoc-stack';

jest.setTimeout(420_000);

const VERSIONS = path.resolve(__dirname, '../../../infra/seed/org-chart-versions');
const versionBody = (file: string) => JSON.parse(readFileSync(path.join(VERSIONS, file), 'utf8')) as Record<string, unknown>;
const LEADS = ['so-ke-hoach-dau-tu', 'ubnd-thanh-pho-hue', 'ubnd-huyen-phu-vang', 'ubnd-huyen-a-luoi'];

interface DirectiveView {
  id: string;
  assignments: { taskId: string; leadUnitId: string }[];
}
interface VersionRow {
  version: number;
  rehomedAt: string | null;
}

describe('a reorganisation published while tasks are open', () => {
  let stack: DondocStack;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-reorg');
  });
  afterAll(async () => stack?.stop());

  it('re-homes open tasks to the successors at each effective instant, tells the new heads, and leaves old evaluations alone', async () => {
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh', 'van-phong-ubnd-tinh.vanthu');
    const admin = await stack.token('admin', 'van-phong-ubnd-tinh', 'van-phong-ubnd-tinh.quantri');
    const draft = await stack.call<DirectiveView>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number: `${uniqueName('REORG')}/UBND-NV`,
        date: new Date().toISOString().slice(0, 10),
        subject: 'Thử nghiệm sắp xếp tổ chức bộ máy',
        issuerUnitId: 'ubnd-tinh',
        tasks: [
          {
            itemRef: '1',
            text: 'Rà soát, báo cáo kết quả thực hiện nhiệm vụ năm',
            leadUnitIds: LEADS,
            deadline: { at: new Date(Date.now() + 3 * 3_600_000).toISOString() },
            // No escalation before the last re-homing; each re-homing opens a new window.
            acknowledgeWithin: { ms: 90_000 },
            escalation: { levels: 1, delay: { ms: 10_000 } },
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    const issued = await stack.call<DirectiveView>('POST', `/v1/directives/${draft.body.id}/issue`, { token: issuer });
    expect(issued.status).toBe(200);
    const taskOf = new Map(issued.body.assignments.map((a) => [a.leadUnitId, a.taskId]));
    const task = (unitId: string) =>
      stack.call<TaskSnapshot>('GET', `/v1/tasks/${taskOf.get(unitId)}`, { token: admin }).then((r) => r.body);
    for (const unit of LEADS)
      await eventually(
        () => task(unit),
        (t) => t.status === 'assigned',
        60_000,
        `task of ${unit} projected`,
      );

    // An evaluation of Sở KH&ĐT for an earlier month, as the notifier records it at a period's close.
    const db = await mongoose.createConnection(stack.env.MONGODB_URI).asPromise();
    try {
      const oldCell = {
        unitId: 'so-ke-hoach-dau-tu',
        period: '2024-12',
        taskId: taskOf.get('so-ke-hoach-dau-tu'),
        directiveId: draft.body.id,
        directiveNumber: 'x',
        itemRef: '1',
        result: 'late',
        note: 'Báo cáo chậm 2 ngày làm việc',
        ruleId: 'nd90-share',
        at: '2025-01-01T00:00:00Z',
      };
      await db.collection('evaluations').insertOne({ _id: `${oldCell.taskId}|${oldCell.period}` as never, ...oldCell });
      const evaluations = (unitId: string) =>
        stack
          .call<{ cells: { unitId: string; period: string; result: string }[] }>('GET', `/v1/evaluations?period=2024-12&unitId=${unitId}`, {
            token: admin,
          })
          .then((r) => r.body.cells);
      expect(await evaluations('so-ke-hoach-dau-tu')).toMatchObject([{ unitId: 'so-ke-hoach-dau-tu', result: 'late' }]);

      const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
      const publish = (file: string, overrides: Record<string, unknown> = {}) =>
        stack.call<{ version: number; message?: string; problems?: string[] }>('POST', '/v1/org-chart-versions', {
          token: admin,
          body: { ...versionBody(file), validFrom: today, effectiveAt: new Date(Date.now() + 5_000).toISOString(), ...overrides },
        });
      const published = (file: string) => publish(file).then((r) => ({ status: r.status, problems: r.body.problems }));
      const rehomed = (version: number) =>
        eventually(
          () =>
            stack
              .call<VersionRow[]>('GET', '/v1/org-chart-versions', { token: admin })
              .then((r) => r.body.find((v) => v.version === version)),
          (v) => Boolean(v?.rehomedAt),
          90_000,
          `version ${version} re-homed`,
        );
      const leadOf = async (unit: string, expected: string) =>
        eventually(
          () => task(unit),
          (t) => t.leadUnitId === expected,
          60_000,
          `task of ${unit} with ${expected}`,
        );

      // A version that leaves Sở KH&ĐT (with an open task) without a successor is refused, with the list.
      const v3 = versionBody('thua-thien-hue.v3.2025-03-01.json') as { succession: { unitId: string }[] };
      const orphaning = await publish('thua-thien-hue.v2.2025-01-01.json', {
        ...v3,
        validFrom: today,
        succession: v3.succession.filter((s) => s.unitId !== 'so-ke-hoach-dau-tu'),
      });
      expect(orphaning.status).toBe(400);
      expect(orphaning.body.problems?.join('\n')).toContain('so-ke-hoach-dau-tu (1 nhiệm vụ đang mở)');
      expect(orphaning.body.problems?.join('\n')).toContain('ubnd-thanh-pho-hue'); // v3 skips v2's split of the old city
      expect(
        (await stack.call('POST', '/v1/org-chart-versions', { token: issuer, body: versionBody('thua-thien-hue.v2.2025-01-01.json') }))
          .status,
      ).toBe(403);

      // Version 2: the old city of Huế becomes quận Phú Xuân (lead successor) and quận Thuận Hóa.
      expect(await published('thua-thien-hue.v2.2025-01-01.json')).toEqual({ status: 201, problems: undefined });
      await rehomed(2);
      const cityTask = await leadOf('ubnd-thanh-pho-hue', 'ubnd-quan-phu-xuan');
      expect(cityTask.status).toBe('assigned');
      expect(cityTask.timeline.some((e) => e.kind === 'reassign')).toBe(true);
      expect((await task('so-ke-hoach-dau-tu')).leadUnitId).toBe('so-ke-hoach-dau-tu');

      // Version 3: Sở KH&ĐT into Sở Tài chính.
      expect(await published('thua-thien-hue.v3.2025-03-01.json')).toEqual({ status: 201, problems: undefined });
      await rehomed(3);
      await leadOf('so-ke-hoach-dau-tu', 'so-tai-chinh');

      // Version 4: no districts; their tasks go to the lead commune-level successors.
      expect(await published('thua-thien-hue.v4.2025-07-01.json')).toEqual({ status: 201, problems: undefined });
      await rehomed(4);
      // The list is paged by the server like every list: the total in X-Total-Count.
      const newest = await stack.call<VersionRow[]>('GET', '/v1/org-chart-versions?sort=-version&pageSize=1', { token: admin });
      expect(newest.body.map((v) => v.version)).toEqual([4]);
      expect(newest.headers.get('x-total-count')).toBe('4');
      const second = await stack.call<VersionRow[]>('GET', '/v1/org-chart-versions?page=2&pageSize=1', { token: admin });
      expect(second.body.map((v) => v.version)).toEqual([2]);
      await leadOf('ubnd-thanh-pho-hue', 'ubnd-phuong-phu-xuan');
      await leadOf('ubnd-huyen-phu-vang', 'ubnd-xa-phu-vang');
      await leadOf('ubnd-huyen-a-luoi', 'ubnd-xa-a-luoi-1');

      // "As of" views read the version in force on the day asked.
      const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
      const chartOn = (day: string) =>
        stack
          .call<{ version: { version: number } }>('GET', `/v1/org-units?asOf=${day}`, { token: admin })
          .then((r) => r.body.version.version);
      expect([await chartOn(yesterday), await chartOn(today)]).toEqual([1, 4]);

      // The new heads were told, by e-mail, of each task that came to them.
      const newHeads = [
        'ubnd-quan-phu-xuan.chutich',
        'so-tai-chinh.giamdoc',
        'ubnd-phuong-phu-xuan.chutich',
        'ubnd-xa-phu-vang.chutich',
        'ubnd-xa-a-luoi-1.chutich',
      ];
      const mails = await eventually(
        () => stack.mails(),
        (m) => newHeads.every((h) => m.some((x) => x.to.includes(`${h}@example.gov.vn`) && x.subject.includes('Giao nhiệm vụ'))),
        60_000,
        'reassignment notices to the new heads',
      );
      expect(mails.find((m) => m.to.includes('so-tai-chinh.giamdoc@example.gov.vn'))?.text).toContain(
        'kết quả đánh giá các kỳ trước vẫn thuộc Sở Kế hoạch và Đầu tư',
      );

      // The acknowledgement windows opened by the last re-homing run out: escalations go to the successors' heads only.
      const escalated = await eventually(
        () => db.collection('inbox_notices').find({ kind: 'escalation' }).toArray(),
        (rows) => rows.length >= LEADS.length,
        180_000,
        'acknowledgement escalations',
      );
      expect(escalated.map((n) => n.recipientUserId).sort()).toEqual([
        'so-tai-chinh.giamdoc',
        'ubnd-phuong-phu-xuan.chutich',
        'ubnd-xa-a-luoi-1.chutich',
        'ubnd-xa-phu-vang.chutich',
      ]);

      // The evaluation stays with the old unit; the successor has none for that month.
      expect(await evaluations('so-ke-hoach-dau-tu')).toMatchObject([{ unitId: 'so-ke-hoach-dau-tu', period: '2024-12', result: 'late' }]);
      expect(await evaluations('so-tai-chinh')).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
