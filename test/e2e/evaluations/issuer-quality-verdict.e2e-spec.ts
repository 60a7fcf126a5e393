// End to end on the real servers and processes: the issuer's quality verdict, given with its
// decision on a hand-in, reaches the unit's evaluation under Nghị định 335/2025/NĐ-CP. A
// return marked as a quality error and an approval naming a major error each cost 25 % of
// that item's quality points, with the verdict written in the calculation; a bad verdict is
// refused (400, Vietnamese and English); the assessor's confirmed objective cause cancels one.
import type { DecreePart } from '@dondoc/domain';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { uniqueName } from '@dondoc/testing';
import { DondocStack, eventually } from '../support/dondoc-stack';

jest.setTimeout(300_000);

const UNIT = 'so-tu-phap';
interface DirectiveView {
  id: string;
  assignments: { taskId: string; leadUnitId: string; itemRef: string }[];
}
interface Calculation {
  revision: number;
  parts: DecreePart[];
  items: { key: string; completed: boolean; issuerMajorErrors: number }[];
  problems?: string[];
}

describe("the issuer's quality verdict in the unit's evaluation", () => {
  let stack: DondocStack;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-verdict');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('deducts 25% of the quality points for each marked error, shows why, and lets the assessor excuse one', async () => {
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh', 'van-phong-ubnd-tinh.vanthu');
    const head = await stack.token('unit-head', UNIT, `${UNIT}.giamdoc`);
    const due = new Date(Date.now() + 30 * 60_000).toISOString();
    const period = new Date(Date.parse(due) + 7 * 3_600_000).toISOString().slice(0, 7);
    const draft = await stack.call<DirectiveView>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number: `${uniqueName('CL')}/UBND-TH`,
        date: new Date().toISOString().slice(0, 10),
        subject: 'V/v thử nghiệm đánh giá chất lượng khi phê duyệt',
        issuerUnitId: 'ubnd-tinh',
        tasks: ['1', '2'].map((itemRef) => ({
          itemRef,
          text: `Nhiệm vụ ${itemRef}: tổng hợp số liệu`,
          leadUnitIds: [UNIT],
          deadline: { at: due },
          acknowledgeWithin: { ms: 600_000 },
        })),
      },
    });
    expect(draft.status).toBe(201);
    const issued = await stack.call<DirectiveView>('POST', `/v1/directives/${draft.body.id}/issue`, { token: issuer });
    expect(issued.status).toBe(200);
    const taskId = (ref: string) => issued.body.assignments.find((a) => a.itemRef === ref)?.taskId ?? '';
    const task = (ref: string) => `/v1/tasks/${encodeURIComponent(taskId(ref))}`;
    for (const ref of ['1', '2']) {
      await eventually(
        () => stack.call('POST', `${task(ref)}/acknowledge`, { token: head, body: {} }),
        (r) => r.status === 200,
        60_000,
        `task ${ref} acknowledged`,
      );
      expect((await stack.call('POST', `${task(ref)}/submit`, { token: head, body: { summary: 'Đã tổng hợp' } })).status).toBe(200);
    }

    // Task 1: returned, and the issuer counts the return as a major quality error; then approved as met.
    const returned = await stack.call<TaskSnapshot>('POST', `${task('1')}/return`, {
      token: issuer,
      body: { reason: 'Thiếu phụ lục số liệu', qualityError: true },
    });
    expect(returned.status).toBe(200);
    expect(returned.body.timeline.at(-1)?.text).toBe('Trả lại để hoàn thiện: Thiếu phụ lục số liệu Tính là sai sót lớn về chất lượng.');
    expect((await stack.call('POST', `${task('1')}/submit`, { token: head, body: { summary: 'Đã bổ sung phụ lục' } })).status).toBe(200);
    expect((await stack.call('POST', `${task('1')}/approve`, { token: issuer, body: { quality: 'met' } })).status).toBe(200);

    // Task 2: a verdict of major error must say what it is.
    const bad = await stack.call<{ problems: string[] }>('POST', `${task('2')}/approve`, {
      token: issuer,
      body: { quality: 'major-error' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toEqual(['qualityReason: phải nêu sai sót lớn về chất lượng (a major-error verdict needs its reason)']);
    const unknown = await stack.call<{ problems: string[] }>('POST', `${task('2')}/approve`, { token: issuer, body: { quality: 'good' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.problems[0]).toMatch(/^quality: đánh giá chất lượng phải là "met" .*\(quality must be met or major-error\)$/);
    const approved = await stack.call<TaskSnapshot>('POST', `${task('2')}/approve`, {
      token: issuer,
      body: { quality: 'major-error', qualityReason: 'Sai số liệu tổng hợp' },
    });
    expect(approved.status).toBe(200);
    expect(approved.body.qualityMarks).toEqual([
      expect.objectContaining({ on: 'approval', verdict: 'major-error', reason: 'Sai số liệu tổng hợp', by: 'van-phong-ubnd-tinh.vanthu' }),
    ]);

    const url = `/v1/evaluations/units/${UNIT}/periods/${period}`;
    const calc = await eventually(
      () => stack.call<Calculation>('GET', url, { token: issuer }),
      (r) =>
        r.status === 200 &&
        [taskId('1'), taskId('2')].every((k) => r.body.items.some((i) => i.key === k && i.completed && i.issuerMajorErrors === 1)),
      60_000,
      'both verdicts in the read model',
    );
    const [part] = calc.body.parts;
    expect(part.evaluation).toMatchObject({
      ruleId: 'nd335-2025/1',
      subtotals: { quantity: 100, quality: 75, progress: 100, taskPoints: 64.17 },
    });
    const deductions = part.evaluation.lines.filter((l) => l.step.startsWith('tru:'));
    expect(deductions.map((l) => l.text)).toEqual([
      expect.stringMatching(
        /trừ 25% điểm chất lượng: Sai sót lớn lần 1 \(người giao nhiệm vụ đánh giá khi trả lại để hoàn thiện ngày \d\d\/\d\d\/\d{4}: Thiếu phụ lục số liệu\)$/,
      ),
      expect.stringMatching(
        /trừ 25% điểm chất lượng: Sai sót lớn lần 1 \(người giao nhiệm vụ đánh giá khi phê duyệt ngày \d\d\/\d\d\/\d{4}: Sai số liệu tổng hợp\)$/,
      ),
    ]);
    for (const l of deductions) expect(l.source).toMatch(/^Nghị định 335\/2025\/NĐ-CP, tiêu chí kết quả thực hiện nhiệm vụ, chất lượng/);

    // The assessor confirms an objective cause for task 2's error: it is not deducted.
    const excused = await stack.call<Calculation>('PUT', `${url}/assessment`, {
      token: issuer,
      body: {
        revision: calc.body.revision,
        qualityVerdicts: [
          { itemKey: taskId('2'), majorErrors: 0, objectiveCauseReference: 'Công văn 7/STTTT xác nhận lỗi phần mềm tổng hợp' },
        ],
      },
    });
    expect(excused.status).toBe(200);
    expect(excused.body.parts[0].evaluation).toMatchObject({ subtotals: { quality: 87.5, taskPoints: 67.08 } });
    expect(excused.body.parts[0].evaluation.lines.map((l) => l.text)).toContainEqual(
      expect.stringMatching(/1 sai sót lớn do nguyên nhân khách quan \(Công văn 7\/STTTT xác nhận lỗi phần mềm tổng hợp\): không trừ$/),
    );
  });
});
