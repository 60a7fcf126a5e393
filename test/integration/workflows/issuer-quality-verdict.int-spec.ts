// The issuer's quality verdict rides on its decision (Nghị định 335/2025/NĐ-CP: each major
// error costs 25 % of the item's quality points): a return for rework counts as a quality
// error only when the issuer marks it so, an approval says "met" or names the major error.
// The follow-up records each verdict in its snapshot, its timeline and its facts.
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { HEAD_SO_TU_PHAP, ISSUER, vn } from './support/actors';
import { TaskWorkflowHarness } from './support/task-workflow-harness';

jest.setTimeout(120_000);

describe("the issuer's quality verdict at return and approval", () => {
  let h: TaskWorkflowHarness;

  beforeAll(async () => {
    h = await TaskWorkflowHarness.start('2026-03-02T02:00:00Z');
  });
  afterAll(async () => h?.teardown());

  it('records a return not marked, a return marked as an error and an approval naming a major error', async () => {
    const handle = await h.startTask({
      taskId: 'qv-1',
      directiveId: 'd-qv',
      directiveNumber: '15/UBND-TH',
      itemRef: '1',
      text: 'Tổng hợp báo cáo kết quả cải cách hành chính quý I.',
      leadUnitId: 'so-tu-phap',
      assignedAt: vn('2026-03-02 09:00'),
      schedule: { kind: 'deadline', at: vn('2026-03-27 17:00') },
    });
    const update = <T = TaskSnapshot>(name: string, input: object) => handle.executeUpdate<T, [object]>(name, { args: [input] });
    const submit = () => update('submitCompletion', { actor: HEAD_SO_TU_PHAP, summary: 'Đã tổng hợp' });

    await update('acknowledge', { actor: HEAD_SO_TU_PHAP });
    await h.skipTo(vn('2026-03-05 10:00'));
    await submit();
    const notMarked = await update('returnForRework', { actor: ISSUER, reason: 'Bổ sung ý kiến Sở Nội vụ', qualityError: false });
    expect(notMarked.qualityMarks).toEqual([expect.objectContaining({ on: 'return', verdict: 'met', reason: null, by: ISSUER.userId })]);
    expect(notMarked.timeline.at(-1)?.text).toBe('Trả lại để hoàn thiện: Bổ sung ý kiến Sở Nội vụ Không tính là sai sót về chất lượng.');

    await h.skipTo(vn('2026-03-09 10:00'));
    await submit();
    const marked = await update('returnForRework', { actor: ISSUER, reason: 'Thiếu phụ lục số liệu', qualityError: true });
    expect(marked.qualityMarks?.[1]).toMatchObject({ on: 'return', verdict: 'major-error', reason: 'Thiếu phụ lục số liệu' });
    expect(marked.timeline.at(-1)?.text).toBe('Trả lại để hoàn thiện: Thiếu phụ lục số liệu Tính là sai sót lớn về chất lượng.');

    await h.skipTo(vn('2026-03-16 10:00'));
    await submit();
    // The validator refuses a major error without its reason, at once, in Vietnamese and English.
    const refused = await update('approveCompletion', { actor: ISSUER, quality: 'major-error' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(String((refused as WorkflowUpdateFailedError).cause?.message)).toBe(
      'Không thể phê duyệt: phải nêu lý do (a reason is required)',
    );

    const approved = await update('approveCompletion', { actor: ISSUER, quality: 'major-error', qualityReason: 'Sai số liệu tổng hợp' });
    expect(approved).toMatchObject({ status: 'completed', reportingStatus: 'done_on_time' });
    expect(approved.qualityMarks).toEqual([
      expect.objectContaining({ on: 'return', verdict: 'met', at: expect.stringMatching(/^2026-03-05T03:00/) }),
      expect.objectContaining({ on: 'return', verdict: 'major-error', at: expect.stringMatching(/^2026-03-09T03:00/) }),
      {
        on: 'approval',
        verdict: 'major-error',
        reason: 'Sai số liệu tổng hợp',
        at: expect.stringMatching(/^2026-03-16T03:00/),
        by: ISSUER.userId,
      },
    ]);
    expect(approved.timeline.at(-1)?.text).toBe(
      'Phê duyệt kết quả: nhiệm vụ hoàn thành. Chất lượng: có sai sót lớn (Sai số liệu tổng hợp).',
    );

    const final = await h.finalSnapshot(handle);
    expect(final.qualityMarks).toHaveLength(3);
    const returned = h.facts.of('qv-1', 'task.returned').map((e) => (e.payload as { qualityError?: boolean }).qualityError);
    expect(returned).toEqual([false, true]);
    expect(h.facts.of('qv-1', 'task.completed')[0].payload).toMatchObject({
      outcome: 'done_on_time',
      quality: { verdict: 'major-error', reason: 'Sai số liệu tổng hợp' },
    });
  });

  it('an approval without a verdict records none (it met the requirements)', async () => {
    const handle = await h.startTask({
      taskId: 'qv-2',
      directiveId: 'd-qv',
      directiveNumber: '15/UBND-TH',
      itemRef: '2',
      text: 'Rà soát quy chế làm việc.',
      leadUnitId: 'so-tu-phap',
      assignedAt: await h.now(),
      schedule: { kind: 'deadline', at: vn('2026-03-31 17:00') },
    });
    const update = <T = TaskSnapshot>(name: string, input: object) => handle.executeUpdate<T, [object]>(name, { args: [input] });
    await update('acknowledge', { actor: HEAD_SO_TU_PHAP });
    await update('submitCompletion', { actor: HEAD_SO_TU_PHAP, summary: 'Đã rà soát' });
    const approved = await update('approveCompletion', { actor: ISSUER });
    expect(approved.qualityMarks).toEqual([]);
    expect(approved.timeline.at(-1)?.text).toBe('Phê duyệt kết quả: nhiệm vụ hoàn thành.');
    await h.finalSnapshot(handle);
    expect(h.facts.of('qv-2', 'task.completed')[0].payload).not.toHaveProperty('quality');
  });
});
