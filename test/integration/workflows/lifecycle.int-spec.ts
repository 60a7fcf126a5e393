// The rest of a task's life: return for rework, refusal and reassignment, pause (the clock
// stops), cancellation, illegal commands refused with a reason, and a second start of the
// same task doing nothing.
import { WorkflowExecutionAlreadyStartedError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { HEAD_SO_NOI_VU, HEAD_SO_TU_PHAP, ISSUER, vn } from './support/actors';
import { TaskWorkflowHarness } from './support/task-workflow-harness';

jest.setTimeout(180_000);

const base = {
  directiveId: 'd-life',
  directiveNumber: '77/UBND-NV',
  text: 'Tổ chức kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính.',
  assignedAt: vn('2022-04-04 09:00'),
};

const update = (handle: WorkflowHandle, name: string, input: object) =>
  handle.executeUpdate<TaskSnapshot, [object]>(name, { args: [input] });

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkflowUpdateFailedError);
    return String((e as WorkflowUpdateFailedError).cause?.message);
  }
  throw new Error('expected the update to be rejected');
}

describe('task lifecycle', () => {
  let h: TaskWorkflowHarness;

  // A server per test: each scenario starts on 04/04/2022 with its own clock.
  beforeEach(async () => {
    h = await TaskWorkflowHarness.start('2022-04-04T02:00:00Z');
  });
  afterEach(async () => h?.teardown());

  it('returns for rework with a new due date, then completes', async () => {
    const handle = await h.startTask({
      ...base,
      taskId: 'rework',
      itemRef: '1',
      leadUnitId: 'so-noi-vu',
      schedule: { kind: 'deadline', at: vn('2022-04-20 17:00') },
    });
    await update(handle, 'acknowledge', { actor: HEAD_SO_NOI_VU });
    await update(handle, 'submitCompletion', { actor: HEAD_SO_NOI_VU, summary: 'Báo cáo kết quả kiểm tra' });
    const returned = await update(handle, 'returnForRework', {
      actor: ISSUER,
      reason: 'Thiếu số liệu cấp huyện',
      newDueAt: vn('2022-04-29 17:00'),
    });
    expect(returned).toMatchObject({ status: 'returned', dueAt: vn('2022-04-29 17:00') });
    await update(handle, 'submitCompletion', { actor: HEAD_SO_NOI_VU, summary: 'Báo cáo bổ sung số liệu' });
    const done = await update(handle, 'approveCompletion', { actor: ISSUER });
    expect(done.status).toBe('completed');
    expect((await h.finalSnapshot(handle)).status).toBe('completed');
  });

  it('refusal goes back to the issuer, who reassigns; the new unit gets its own acknowledgement window', async () => {
    const handle = await h.startTask({
      ...base,
      taskId: 'refuse',
      itemRef: '2',
      leadUnitId: 'so-noi-vu',
      schedule: { kind: 'deadline', at: vn('2022-05-31 17:00') },
    });
    const refused = await update(handle, 'refuse', { actor: HEAD_SO_NOI_VU, reason: 'Không thuộc chức năng, nhiệm vụ của Sở Nội vụ' });
    expect(refused.status).toBe('refused');
    expect(await rejection(update(handle, 'acknowledge', { actor: HEAD_SO_NOI_VU }))).toMatch(/^Không thể tiếp nhận/);

    const reassigned = await update(handle, 'reassign', { actor: ISSUER, toUnitId: 'so-tu-phap' });
    expect(reassigned).toMatchObject({ status: 'assigned', leadUnitId: 'so-tu-phap' });
    // Nobody acknowledges: the escalation goes to the new unit's head.
    await h.skipTo(vn('2022-04-15 09:00'));
    const first = h.facts.of('refuse', 'task.escalated')[0]?.payload as { trigger: string; recipient: { userId: string } };
    expect(first).toMatchObject({ trigger: 'ack#2', recipient: { userId: 'so-tu-phap.giamdoc' } });
    await update(handle, 'acknowledge', { actor: HEAD_SO_TU_PHAP });
    await update(handle, 'cancel', { actor: ISSUER, reason: 'Dừng để gộp vào kế hoạch chung' });
    expect((await h.finalSnapshot(handle)).status).toBe('cancelled');
  });

  it('pause stops the clock: no escalation while paused, the deadline moves by the pause', async () => {
    const handle = await h.startTask({
      ...base,
      taskId: 'pause',
      itemRef: '3',
      leadUnitId: 'so-noi-vu',
      schedule: { kind: 'deadline', at: vn('2022-05-10 17:00') },
    });
    await update(handle, 'acknowledge', { actor: HEAD_SO_NOI_VU });
    await h.skipTo(vn('2022-05-09 17:00')); // one day left
    await update(handle, 'pause', { actor: ISSUER, reason: 'Chờ hướng dẫn của Bộ Nội vụ' });
    await h.skipTo(vn('2022-05-19 17:00')); // ten days paused, well past the old deadline
    expect(h.facts.of('pause', 'task.overdue')).toEqual([]);
    const resumed = await update(handle, 'resume', { actor: ISSUER });
    // The day that was left is given back (to the millisecond the update ran at).
    expect(Math.abs(Date.parse(resumed.dueAt ?? '') - Date.parse(vn('2022-05-20 17:00')))).toBeLessThan(1000);
    await h.skipTo(vn('2022-05-21 09:00'));
    const overdue = h.facts.of('pause', 'task.overdue').map((e) => (e.payload as { scheduledAt: string }).scheduledAt);
    expect(overdue).toEqual([resumed.dueAt]);
    await update(handle, 'cancel', { actor: ISSUER, reason: 'Kết thúc kiểm thử' });
  });

  it('refuses illegal commands with a clear reason and changes nothing', async () => {
    const handle = await h.startTask({
      ...base,
      taskId: 'illegal',
      itemRef: '4',
      leadUnitId: 'so-noi-vu',
      schedule: { kind: 'deadline', at: vn('2022-06-30 17:00') },
    });
    const before = await h.snapshot(handle);
    expect(await rejection(update(handle, 'approveCompletion', { actor: ISSUER }))).toContain('Không thể phê duyệt');
    expect(await rejection(update(handle, 'reportProgress', { actor: HEAD_SO_NOI_VU, percent: 50, note: 'x' }))).toContain(
      'Không thể báo cáo tiến độ',
    );
    expect(await rejection(update(handle, 'acknowledge', {}))).toContain('actor is required');
    await update(handle, 'acknowledge', { actor: HEAD_SO_NOI_VU });
    expect(await rejection(update(handle, 'reportProgress', { actor: HEAD_SO_NOI_VU, percent: 150, note: 'x' }))).toMatch(
      /percent|phần trăm|%/,
    );
    const after = await h.snapshot(handle);
    expect(after.revision).toBe(before.revision + 1); // only the acknowledgement
    await update(handle, 'cancel', { actor: ISSUER, reason: 'Kết thúc kiểm thử' });
  });

  it('starting the same task twice is a no-op', async () => {
    const input = { ...base, taskId: 'twice', itemRef: '5', leadUnitId: 'so-noi-vu', schedule: { kind: 'none' as const } };
    const first = await h.startTask(input);
    await expect(h.startTask(input)).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
    const described = await first.describe();
    expect(described.status.name).toBe('RUNNING');
    expect(described.runId).toBe(first.firstExecutionRunId);
    await update(first, 'cancel', { actor: ISSUER, reason: 'Kết thúc kiểm thử' });
  });
});
