// End to end on the real servers and processes: a unit's two tasks of this month, one handed
// in on time and one late, graded under the decree in force (Nghị định 335/2025/NĐ-CP for a
// period from 1/1/2026) with its calculation; the assessor enters general points and an
// objective cause (validated, audited, at the revision seen), closes the period, and the
// frozen calculation is what the API and the month's report answer from then on.
import { MongoAuditTrail } from '@dondoc/audit';
import type { DecreePart } from '@dondoc/domain';
import type { Report } from '@dondoc/reports';
import { uniqueName } from '@dondoc/testing';
import mongoose from 'mongoose';
import { DondocStack, eventually } from '../support/dondoc-stack';

jest.setTimeout(300_000);

const UNIT = 'so-tu-phap';
interface DirectiveView {
  id: string;
  assignments: { taskId: string; leadUnitId: string; itemRef: string }[];
}
interface Calculation {
  status: string;
  frozen: boolean;
  revision: number;
  parts: DecreePart[];
  items: { key: string; late: boolean; completed: boolean }[];
  message?: string;
  assessment?: { closedBy?: string; closedByName?: string; updatedByName?: string } | null;
  problems?: string[];
}

describe('a unit’s evaluation under the decree in force, with the assessor’s input', () => {
  let stack: DondocStack;
  let issuer: string;
  let leader: string;
  let period: string;
  let lateKey: string;
  const url = () => `/v1/evaluations/units/${UNIT}/periods/${period}`;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-eval');
    issuer = await stack.token('issuer', 'van-phong-ubnd-tinh', 'van-phong-ubnd-tinh.vanthu');
    leader = await stack.token('leader', 'ubnd-tinh', 'ubnd-tinh.pct-noi-chinh');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('grades one delay of two items: progress 87.5%, task points 67.08, not graded until the general points', async () => {
    const onTimeDue = new Date(Date.now() + 120_000).toISOString();
    const lateDue = new Date(Date.now() + 25_000).toISOString();
    period = new Date(Date.parse(lateDue) + 7 * 3_600_000).toISOString().slice(0, 7);
    const draft = await stack.call<DirectiveView>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number: `${uniqueName('DG')}/UBND-NV`,
        date: new Date().toISOString().slice(0, 10),
        subject: 'V/v thử nghiệm đánh giá theo Nghị định 335/2025/NĐ-CP',
        issuerUnitId: 'ubnd-tinh',
        tasks: [
          {
            itemRef: '1',
            text: 'Nhiệm vụ 1: rà soát văn bản',
            leadUnitIds: [UNIT],
            deadline: { at: onTimeDue },
            acknowledgeWithin: { ms: 600_000 },
          },
          {
            itemRef: '2',
            text: 'Nhiệm vụ 2: báo cáo kết quả',
            leadUnitIds: [UNIT],
            deadline: { at: lateDue },
            acknowledgeWithin: { ms: 600_000 },
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    const issued = await stack.call<DirectiveView>('POST', `/v1/directives/${draft.body.id}/issue`, { token: issuer });
    expect(issued.status).toBe(200);
    const taskOf = (ref: string) => encodeURIComponent(issued.body.assignments.find((a) => a.itemRef === ref)?.taskId ?? '');
    lateKey = issued.body.assignments.find((a) => a.itemRef === '2')?.taskId ?? '';
    const head = await stack.token('unit-head', UNIT, `${UNIT}.giamdoc`);
    await eventually(
      () => stack.call('POST', `/v1/tasks/${taskOf('1')}/acknowledge`, { token: head, body: {} }),
      (r) => r.status === 200,
      60_000,
      'task 1 acknowledged',
    );
    await eventually(
      () => stack.call('POST', `/v1/tasks/${taskOf('2')}/acknowledge`, { token: head, body: {} }),
      (r) => r.status === 200,
      60_000,
      'task 2 acknowledged',
    );
    expect((await stack.call('POST', `/v1/tasks/${taskOf('1')}/submit`, { token: head, body: { summary: 'Đã rà soát' } })).status).toBe(
      200,
    );
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(lateDue) - Date.now() + 2_000)));
    expect((await stack.call('POST', `/v1/tasks/${taskOf('2')}/submit`, { token: head, body: { summary: 'Báo cáo (chậm)' } })).status).toBe(
      200,
    );
    for (const ref of ['1', '2'])
      expect((await stack.call('POST', `/v1/tasks/${taskOf(ref)}/approve`, { token: leader, body: { note: 'Đạt' } })).status).toBe(200);

    const calc = await eventually(
      () => stack.call<Calculation>('GET', url(), { token: issuer }),
      (r) => r.status === 200 && r.body.items.length === 2 && r.body.items.every((i) => i.completed),
      60_000,
      'both items in the read model',
    );
    expect(calc.body).toMatchObject({ status: 'not-assessed', frozen: false, revision: 0 });
    expect(calc.body.items.find((i) => i.key === lateKey)).toMatchObject({ late: true });
    const [part] = calc.body.parts;
    expect(part.decree).toBe('nd335-2025');
    expect(part.evaluation).toMatchObject({
      ruleId: 'nd335-2025/1',
      subtotals: { quantity: 100, quality: 100, progress: 87.5, taskPoints: 67.08, total: null },
      grade: null,
    });
    expect(part.evaluation.lines.find((l) => l.step.startsWith('tru:'))?.source).toMatch(
      /^Nghị định 335\/2025\/NĐ-CP, tiêu chí kết quả thực hiện nhiệm vụ, tiến độ/,
    );
  });

  it('refuses bad input in Vietnamese and English, and anyone but the assessor', async () => {
    const bad = await stack.call<Calculation>('PUT', `${url()}/assessment`, {
      token: issuer,
      body: {
        revision: 0,
        generalPoints: 31,
        objectiveCauses: [{ itemKey: 'khong-co', reference: 'VB 1' }],
        forcingCases: [{ kind: 'xyz', reference: 'x' }],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^generalPoints: điểm tiêu chí chung từ 0 đến 30 \(general points must be 0\.\.30\)/),
        expect.stringMatching(/^forcingCases\.0\.kind: /),
      ]),
    );
    const unknownItem = await stack.call<Calculation>('PUT', `${url()}/assessment`, {
      token: issuer,
      body: { revision: 0, objectiveCauses: [{ itemKey: 'khong-co', reference: 'VB 1' }] },
    });
    expect(unknownItem.status).toBe(400);
    expect(unknownItem.body.problems).toEqual([
      'objectiveCauses.0.itemKey: không có sản phẩm/công việc khong-co đến hạn trong kỳ của đơn vị (no such item in the period)',
    ]);
    expect((await stack.call('GET', `/v1/evaluations/units/${UNIT}/periods/2026-13`, { token: issuer })).status).toBe(400);
    const head = await stack.token('unit-head', UNIT, `${UNIT}.giamdoc`);
    expect((await stack.call('PUT', `${url()}/assessment`, { token: head, body: { revision: 0, generalPoints: 30 } })).status).toBe(403);
    const otherHead = await stack.token('unit-head', 'so-y-te', 'so-y-te.giamdoc');
    expect((await stack.call('GET', url(), { token: otherHead })).status).toBe(403);
    // The answer says who may assess (the access policy's rows) and what the general criteria are.
    const headView = await stack.call<Calculation & { canAssess: boolean }>('GET', url(), { token: head });
    expect(headView.status).toBe(200);
    expect(headView.body.canAssess).toBe(false);
    const issuerView = await stack.call<
      Calculation & { canAssess: boolean; generalCriteria: { id: string; max: number }[]; parts: { reason: string }[] }
    >('GET', url(), { token: issuer });
    expect(issuerView.body.canAssess).toBe(true);
    expect(issuerView.body.generalCriteria.map((c) => c.max).reduce((a, b) => a + b, 0)).toBe(30);
    expect(issuerView.body.parts[0].reason).toMatch(/Nghị định 335\/2025\/NĐ-CP có hiệu lực từ 01\/01\/2026/);
  });

  it('enters general points and an objective cause, edits at the revision seen, closes, and answers the frozen calculation', async () => {
    const entered = await stack.call<Calculation>('PUT', `${url()}/assessment`, {
      token: issuer,
      body: {
        revision: 0,
        generalPoints: 25,
        objectiveCauses: [{ itemKey: lateKey, reference: 'Văn bản 12/UBND-TH xác nhận sự cố hệ thống' }],
      },
    });
    expect(entered.status).toBe(200);
    expect(entered.body).toMatchObject({ status: 'open', revision: 1 });
    expect(entered.body.parts[0].evaluation).toMatchObject({
      subtotals: { progress: 100, taskPoints: 70, generalPoints: 25, total: 95 },
      grade: 'excellent',
    });
    expect(entered.body.parts[0].evaluation.lines.map((l) => l.text)).toContain(`Tổng điểm: 70 + 25 = 95`);

    expect((await stack.call('PUT', `${url()}/assessment`, { token: issuer, body: { revision: 0, generalPoints: 20 } })).status).toBe(409);
    const edited = await stack.call<Calculation>('PUT', `${url()}/assessment`, { token: leader, body: { revision: 1, generalPoints: 18 } });
    expect(edited.status).toBe(200);
    // The objective cause was withdrawn with the edit: the delay counts again.
    expect(edited.body.parts[0].evaluation).toMatchObject({
      subtotals: { progress: 87.5, taskPoints: 67.08, total: 85.08 },
      grade: 'good',
    });

    const closed = await stack.call<Calculation>('POST', `${url()}/close`, { token: leader, body: { revision: 2 } });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', frozen: true, revision: 3 });
    // Who closed it, by name from the directory next to the user id.
    expect(closed.body.assessment).toMatchObject({
      closedBy: 'ubnd-tinh.pct-noi-chinh',
      closedByName: 'Phạm Văn Cường',
      updatedByName: 'Phạm Văn Cường',
    });
    expect(closed.body.parts[0].evaluation).toMatchObject({ score: 85.08, grade: 'good' });
    expect((await stack.call('PUT', `${url()}/assessment`, { token: leader, body: { revision: 3, generalPoints: 30 } })).status).toBe(409);
    expect((await stack.call('POST', `${url()}/close`, { token: leader, body: { revision: 3 } })).status).toBe(409);

    const report = await stack.call<Report>('GET', `/v1/reports?scope=unit&unitId=${UNIT}&period=${period}`, { token: issuer });
    expect(report.status).toBe(200);
    expect(report.body.decreeGrades).toEqual([expect.objectContaining({ unitId: UNIT, frozen: true, provisional: false })]);
    expect(report.body.decreeGrades[0].parts[0].evaluation).toMatchObject({ score: 85.08, grade: 'good' });

    const connection = await mongoose.createConnection(stack.env.MONGODB_URI).asPromise();
    try {
      const entries = await new MongoAuditTrail(connection).entries(`evaluation:${UNIT}`);
      expect(entries.map((e) => [e.what, e.who, (e.details as { revision: number }).revision])).toEqual([
        ['evaluation.assessed', 'van-phong-ubnd-tinh.vanthu', 1],
        ['evaluation.assessment-edited', 'ubnd-tinh.pct-noi-chinh', 2],
        ['evaluation.closed', 'ubnd-tinh.pct-noi-chinh', 3],
      ]);
    } finally {
      await connection.close();
    }
  });
});
