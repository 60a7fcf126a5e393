// An approved extension moves the running deadline; reminders and escalation follow it,
// and completion after the original deadline but by the new one is "on time after
// extension", not late.
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { HEAD_SO_TU_PHAP, ISSUER, vn } from './support/actors';
import { TaskWorkflowHarness } from './support/task-workflow-harness';

jest.setTimeout(120_000);

describe('extension', () => {
  let h: TaskWorkflowHarness;

  beforeAll(async () => {
    h = await TaskWorkflowHarness.start('2022-03-01T02:00:00Z');
  });
  afterAll(async () => h?.teardown());

  it('moves the deadline and escalation follows it; completion counts as on time after extension', async () => {
    const handle = await h.startTask({
      taskId: 'ext-1',
      directiveId: 'd-ext',
      directiveNumber: '120/UBND-TH',
      itemRef: '2',
      text: 'Rà soát, sửa đổi quy chế làm việc của cơ quan.',
      leadUnitId: 'so-tu-phap',
      assignedAt: vn('2022-03-01 09:00'),
      schedule: { kind: 'deadline', at: vn('2022-03-15 17:00') },
    });
    const update = <T = TaskSnapshot>(name: string, input: object) => handle.executeUpdate<T, [object]>(name, { args: [input] });

    await update('acknowledge', { actor: HEAD_SO_TU_PHAP });
    await h.skipTo(vn('2022-03-10 10:00'));
    const requested = await update('requestExtension', {
      actor: HEAD_SO_TU_PHAP,
      newDueAt: vn('2022-03-25 17:00'),
      reason: 'Chờ ý kiến của Sở Nội vụ',
    });
    expect(requested.extensions).toEqual([expect.objectContaining({ requestId: 'ext-1', newDueAt: vn('2022-03-25 17:00') })]);

    await h.skipTo(vn('2022-03-11 09:00'));
    const approved = await update('decideExtension', { actor: ISSUER, requestId: 'ext-1', approve: true });
    expect(approved.dueAt).toBe(vn('2022-03-25 17:00'));
    expect(approved.originalDueAt).toBe(vn('2022-03-15 17:00'));

    // The original deadline passes: nothing is overdue, nobody is escalated.
    await h.skipTo(vn('2022-03-17 09:00'));
    expect(h.facts.of('ext-1', 'task.overdue')).toEqual([]);
    expect(h.facts.of('ext-1', 'task.escalated')).toEqual([]);

    await h.skipTo(vn('2022-03-24 10:00'));
    await update('submitCompletion', {
      actor: HEAD_SO_TU_PHAP,
      summary: 'Đã ban hành quy chế sửa đổi',
      evidence: [{ title: 'Quyết định 45/QĐ-STP', ref: 'qd-45' }],
    });
    await h.skipTo(vn('2022-03-28 09:00'));
    const done = await update('approveCompletion', { actor: ISSUER });
    expect(done).toMatchObject({ status: 'completed', reportingStatus: 'done_on_time_after_extension', escalationLevel: 0 });

    const final = await h.finalSnapshot(handle);
    expect(final.status).toBe('completed');
    // Reminders followed the new deadline: 3 and 1 working days before 25/03 at 08:00.
    const reminders = h.facts.of('ext-1', 'task.reminded').map((e) => e.payload as { trigger: string; scheduledAt: string });
    expect(reminders).toEqual([
      expect.objectContaining({ trigger: 'due', scheduledAt: vn('2022-03-10 08:00') }),
      expect.objectContaining({ trigger: 'due#2', scheduledAt: vn('2022-03-22 08:00') }),
      expect.objectContaining({ trigger: 'due#2', scheduledAt: vn('2022-03-24 08:00') }),
    ]);
    const completed = h.facts.of('ext-1', 'task.completed')[0].payload as { outcome: string };
    expect(completed.outcome).toBe('done_on_time_after_extension');
  });
});
