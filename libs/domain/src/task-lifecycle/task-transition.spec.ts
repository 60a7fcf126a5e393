import { civilServiceCalendar as cal } from '../calendar/working-calendar';
import { statusAsOf, factsOf } from '../reporting/reporting-status';
import { assignTask } from './task-assignment';
import { TaskCommand } from './task-command.types';
import { isAcknowledgementOverdue, isOverdue, pendingExtension, recordEscalation } from './task-facts';
import { TaskState } from './task-state.types';
import { transition } from './task-transition';
import { SEED_DEFINITION } from '../task-definition/task.fixtures';

const ctx = (now: string) => ({ now, calendar: cal });
// Assigned Tuesday 25/1/2022 09:00: acknowledge by end of 27/1, due end of 15/2 (10 working days).
const assigned = assignTask({ taskId: 't-907-3', definition: SEED_DEFINITION, assignedAt: '2022-01-25T09:00:00+07:00', calendar: cal });

function apply(state: TaskState, command: TaskCommand, now: string): TaskState {
  const result = transition(state, command, ctx(now));
  if (!result.ok) throw new Error(result.rejection.message);
  return result.state;
}

function rejection(state: TaskState, command: TaskCommand, now = '2022-02-01T09:00:00+07:00') {
  const result = transition(state, command, ctx(now));
  if (result.ok) throw new Error(`expected ${command.type} to be rejected in ${state.status}`);
  return result.rejection;
}

function run(steps: [TaskCommand, string][], from: TaskState = assigned): TaskState {
  return steps.reduce((s, [command, now]) => apply(s, command, now), from);
}

const ack: [TaskCommand, string] = [{ type: 'acknowledge' }, '2022-01-26T08:30:00+07:00'];
const evidence = [{ title: 'Báo cáo 12/BC-SNV', ref: 'doc:12-BC-SNV' }];

describe('assignTask', () => {
  it('starts assigned, with the resolved acknowledgement window and deadline', () => {
    expect(assigned).toEqual({
      taskId: 't-907-3',
      leadUnitId: 'so-noi-vu',
      assignedAt: '2022-01-25T02:00:00.000Z',
      acknowledgeWithin: { workingDays: 2 },
      acknowledgeBy: '2022-01-27T16:59:59.999Z',
      dueAt: '2022-02-15T16:59:59.999Z',
      originalDueAt: '2022-02-15T16:59:59.999Z',
      extensionRequests: [],
      escalationLevel: 0,
      status: 'assigned',
    });
  });
});

describe('transition', () => {
  it('follows the happy path and is done on time', () => {
    const done = run([
      ack,
      [{ type: 'reportProgress', percent: 50, note: 'Đã dự thảo quy chế', evidence }, '2022-02-08T10:00:00+07:00'],
      [{ type: 'submitCompletion', summary: 'Đã ban hành quy chế', evidence }, '2022-02-14T16:00:00+07:00'],
      [{ type: 'approveCompletion' }, '2022-02-17T09:00:00+07:00'],
    ]);
    expect(done).toMatchObject({
      status: 'completed',
      acknowledgedAt: '2022-01-26T01:30:00.000Z',
      lastProgress: { percent: 50, note: 'Đã dự thảo quy chế', evidence, at: '2022-02-08T03:00:00.000Z' },
      submission: { summary: 'Đã ban hành quy chế', at: '2022-02-14T09:00:00.000Z' },
      approvedAt: '2022-02-17T02:00:00.000Z',
    });
    // Approved after the deadline, but handed in before it: on time.
    expect(statusAsOf(factsOf(done), '2022-03-01T00:00:00Z').status).toBe('done_on_time');
  });

  it('explains refusals in Vietnamese and English', () => {
    expect(rejection(assigned, { type: 'approveCompletion' }).message).toBe(
      'Không thể phê duyệt: nhiệm vụ chưa được báo cáo hoàn thành (task has not been submitted)',
    );
    const acknowledged = run([ack]);
    expect(rejection(acknowledged, { type: 'acknowledge' }).message).toBe(
      'Không thể tiếp nhận: nhiệm vụ không ở trạng thái chờ tiếp nhận (task is not awaiting acknowledgement)',
    );
    expect(rejection(assigned, { type: 'submitCompletion', summary: 'x' }).message).toBe(
      'Không thể báo cáo hoàn thành: nhiệm vụ chưa được tiếp nhận (task has not been acknowledged)',
    );
    expect(rejection(acknowledged, { type: 'refuse', reason: ' ' }).message).toBe(
      'Không thể từ chối: chỉ được từ chối nhiệm vụ đang chờ tiếp nhận (only a task awaiting acknowledgement can be refused)',
    );
  });

  it('closes a completed or cancelled task to every command', () => {
    const cancelled = apply(assigned, { type: 'cancel', reason: 'Văn bản bị thu hồi' }, '2022-01-26T10:00:00+07:00');
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'Văn bản bị thu hồi', at: '2022-01-26T03:00:00.000Z' },
    });
    expect(rejection(cancelled, { type: 'approveCompletion' }).message).toBe(
      'Không thể phê duyệt: nhiệm vụ đã bị hủy (task has been cancelled)',
    );
    expect(rejection(cancelled, { type: 'cancel', reason: 'again' }).code).toBe('wrong_status');
  });

  it('requires reasons, summaries and sane percentages', () => {
    const acknowledged = run([ack]);
    expect(rejection(assigned, { type: 'refuse', reason: '' })).toEqual({
      code: 'reason_required',
      message: 'Không thể từ chối: phải nêu lý do (a reason is required)',
    });
    expect(rejection(acknowledged, { type: 'submitCompletion', summary: '  ' }).code).toBe('summary_required');
    expect(rejection(acknowledged, { type: 'reportProgress', percent: 101, note: '' }).code).toBe('invalid_percent');
    expect(rejection(acknowledged, { type: 'reportProgress', percent: 50.5, note: '' }).code).toBe('invalid_percent');
    expect(rejection(acknowledged, { type: 'pause', reason: '' }).code).toBe('reason_required');
    expect(rejection(acknowledged, { type: 'cancel', reason: '' }).code).toBe('reason_required');
  });

  it('refuses an unknown command instead of throwing', () => {
    expect(rejection(assigned, { type: 'delete' } as unknown as TaskCommand)).toEqual({
      code: 'unknown_command',
      message: 'Lệnh không hợp lệ: delete (unknown command type)',
    });
  });

  describe('refusal and reassignment', () => {
    it('a refused task is reassigned to another unit, which gets a fresh acknowledgement window', () => {
      const refused = apply(assigned, { type: 'refuse', reason: 'Không thuộc chức năng' }, '2022-01-26T10:00:00+07:00');
      expect(refused).toMatchObject({ status: 'refused', refusal: { reason: 'Không thuộc chức năng' } });
      expect(rejection(refused, { type: 'reportProgress', percent: 10, note: '' }).message).toBe(
        'Không thể báo cáo tiến độ: nhiệm vụ đã bị từ chối, chờ giao lại hoặc hủy (task was refused and awaits reassignment or cancellation)',
      );
      expect(rejection(refused, { type: 'reassign', toUnitId: 'so-noi-vu' }).code).toBe('same_unit');
      expect(rejection(refused, { type: 'reassign', toUnitId: '' }).code).toBe('unit_required');
      // Reassigned on Friday 28/1/2022: 2 working days across Tết end on 8/2.
      const reassigned = apply(refused, { type: 'reassign', toUnitId: 'van-phong-ubnd' }, '2022-01-28T10:00:00+07:00');
      expect(reassigned).toMatchObject({
        status: 'assigned',
        leadUnitId: 'van-phong-ubnd',
        acknowledgeBy: '2022-02-08T16:59:59.999Z',
        dueAt: '2022-02-15T16:59:59.999Z',
      });
      expect(reassigned.acknowledgedAt).toBeUndefined();
    });
  });

  describe('extensions', () => {
    const underWay = run([ack, [{ type: 'reportProgress', percent: 30, note: '' }, '2022-02-09T09:00:00+07:00']]);
    const request: TaskCommand = { type: 'requestExtension', newDueAt: '2022-02-28T23:59:59.999+07:00', reason: 'Chờ ý kiến Bộ Nội vụ' };

    it('validates the request', () => {
      expect(rejection(underWay, { ...request, newDueAt: '2022-02-10T00:00:00+07:00' }).code).toBe('due_not_later');
      expect(rejection(underWay, { ...request, newDueAt: '28/02/2022' }).code).toBe('invalid_instant');
      expect(rejection(underWay, { ...request, reason: '' }).code).toBe('reason_required');
      const open = run(
        [ack],
        assignTask({
          taskId: 'open',
          definition: { ...SEED_DEFINITION, timing: { kind: 'none' } },
          assignedAt: '2022-01-25T09:00:00+07:00',
          calendar: cal,
        }),
      );
      expect(rejection(open, request).code).toBe('no_deadline');
    });

    it('approved: completion after the original but before the new deadline is on time after extension', () => {
      const requested = apply(underWay, request, '2022-02-10T09:00:00+07:00');
      expect(pendingExtension(requested)).toEqual({
        requestId: 'ext-1',
        newDueAt: '2022-02-28T16:59:59.999Z',
        reason: 'Chờ ý kiến Bộ Nội vụ',
        requestedAt: '2022-02-10T02:00:00.000Z',
      });
      expect(rejection(requested, request).code).toBe('extension_pending');
      expect(rejection(requested, { type: 'decideExtension', requestId: 'ext-9', approve: true }).code).toBe('unknown_extension');
      const extended = apply(requested, { type: 'decideExtension', requestId: 'ext-1', approve: true }, '2022-02-11T09:00:00+07:00');
      expect(extended).toMatchObject({ dueAt: '2022-02-28T16:59:59.999Z', originalDueAt: '2022-02-15T16:59:59.999Z' });
      expect(pendingExtension(extended)).toBeUndefined();
      const done = run(
        [
          [{ type: 'submitCompletion', summary: 'Xong' }, '2022-02-25T15:00:00+07:00'],
          [{ type: 'approveCompletion' }, '2022-02-26T09:00:00+07:00'],
        ],
        extended,
      );
      expect(statusAsOf(factsOf(done), '2022-03-01T00:00:00Z')).toEqual({
        status: 'done_on_time_after_extension',
        label: 'Hoàn thành đúng hạn sau gia hạn',
      });
    });

    it('rejected: the deadline stands and a late completion is late', () => {
      const refusedExt = run(
        [
          [request, '2022-02-10T09:00:00+07:00'],
          [{ type: 'decideExtension', requestId: 'ext-1', approve: false }, '2022-02-11T09:00:00+07:00'],
        ],
        underWay,
      );
      expect(refusedExt.dueAt).toBe('2022-02-15T16:59:59.999Z');
      expect(refusedExt.extensionRequests[0].decision).toEqual({ approved: false, at: '2022-02-11T02:00:00.000Z' });
      // A second request gets the next id.
      expect(pendingExtension(apply(refusedExt, request, '2022-02-12T09:00:00+07:00'))?.requestId).toBe('ext-2');
      const late = run(
        [
          [{ type: 'submitCompletion', summary: 'Xong' }, '2022-02-16T09:00:00+07:00'],
          [{ type: 'approveCompletion' }, '2022-02-16T10:00:00+07:00'],
        ],
        refusedExt,
      );
      expect(statusAsOf(factsOf(late), '2022-03-01T00:00:00Z').status).toBe('done_late');
    });
  });

  describe('rework', () => {
    const submitted = run([ack, [{ type: 'submitCompletion', summary: 'Dự thảo' }, '2022-02-10T09:00:00+07:00']]);

    it('asks the reason of a major quality error found at approval; a verdict of "met" needs none', () => {
      expect(rejection(submitted, { type: 'approveCompletion', quality: 'major-error', qualityReason: ' ' }).message).toBe(
        'Không thể phê duyệt: phải nêu lý do (a reason is required)',
      );
      expect(apply(submitted, { type: 'approveCompletion', quality: 'met' }, '2022-02-11T09:00:00+07:00').status).toBe('completed');
      expect(
        apply(submitted, { type: 'approveCompletion', quality: 'major-error', qualityReason: 'Sai số liệu' }, '2022-02-11T09:00:00+07:00')
          .status,
      ).toBe('completed');
    });

    it('returns the work with a reason and an optional later deadline', () => {
      expect(rejection(submitted, { type: 'returnForRework', reason: '' }).code).toBe('reason_required');
      expect(rejection(submitted, { type: 'returnForRework', reason: 'Bổ sung', newDueAt: '2022-02-11T00:00:00+07:00' }).code).toBe(
        'due_not_later',
      );
      const returned = apply(
        submitted,
        { type: 'returnForRework', reason: 'Bổ sung số liệu', newDueAt: '2022-02-22T23:59:59.999+07:00' },
        '2022-02-11T09:00:00+07:00',
      );
      expect(returned).toMatchObject({
        status: 'returned',
        rework: { reason: 'Bổ sung số liệu', at: '2022-02-11T02:00:00.000Z' },
        dueAt: '2022-02-22T16:59:59.999Z',
        originalDueAt: '2022-02-15T16:59:59.999Z',
      });
      const again = run(
        [
          [{ type: 'reportProgress', percent: 90, note: 'Đang bổ sung' }, '2022-02-14T09:00:00+07:00'],
          [{ type: 'submitCompletion', summary: 'Đã bổ sung' }, '2022-02-18T09:00:00+07:00'],
          [{ type: 'approveCompletion' }, '2022-02-18T10:00:00+07:00'],
        ],
        returned,
      );
      expect(statusAsOf(factsOf(again), '2022-02-18T12:00:00+07:00').status).toBe('done_on_time_after_extension');
    });

    it('keeps the deadline when none is given', () => {
      const returned = apply(submitted, { type: 'returnForRework', reason: 'Sửa' }, '2022-02-11T09:00:00+07:00');
      expect(returned.dueAt).toBe('2022-02-15T16:59:59.999Z');
    });
  });

  describe('pause and resume', () => {
    it('stops the clock and gives the remaining time back', () => {
      const underWay = run([ack, [{ type: 'reportProgress', percent: 20, note: '' }, '2022-02-08T09:00:00+07:00']]);
      // Paused 10/2 17:00 with 5 days 6:59:59.999 left to the end of 15/2.
      const paused = apply(underWay, { type: 'pause', reason: 'Chờ Nghị định mới' }, '2022-02-10T17:00:00+07:00');
      expect(paused).toMatchObject({
        status: 'paused',
        resumeTo: { status: 'in_progress' },
        pause: { reason: 'Chờ Nghị định mới', at: '2022-02-10T10:00:00.000Z', dueRemainingMs: 5 * 86_400_000 + 6 * 3_600_000 + 3_599_999 },
      });
      expect(isOverdue(paused, '2022-03-01T00:00:00Z')).toBe(false);
      expect(statusAsOf(factsOf(paused), '2022-03-01T00:00:00Z').status).toBe('open_within_deadline');
      expect(rejection(paused, { type: 'reportProgress', percent: 30, note: '' }).message).toBe(
        'Không thể báo cáo tiến độ: nhiệm vụ đang tạm dừng (task is paused)',
      );
      expect(rejection(paused, { type: 'pause', reason: 'x' }).code).toBe('wrong_status');
      // Resumed 20 days later: the deadline moves by 20 days, original deadline too.
      const resumed = apply(paused, { type: 'resume' }, '2022-03-02T17:00:00+07:00');
      expect(resumed).toMatchObject({
        status: 'in_progress',
        dueAt: '2022-03-07T16:59:59.999Z',
        originalDueAt: '2022-03-07T16:59:59.999Z',
        lastProgress: { percent: 20 },
      });
      expect(rejection(resumed, { type: 'resume' }).message).toBe('Không thể tiếp tục: nhiệm vụ không bị tạm dừng (task is not paused)');
    });

    it('preserves the acknowledgement window and the rework details', () => {
      const paused = apply(assigned, { type: 'pause', reason: 'Tạm dừng' }, '2022-01-26T16:59:59.999+07:00');
      const resumed = apply(paused, { type: 'resume' }, '2022-01-28T16:59:59.999+07:00');
      expect(resumed).toMatchObject({ status: 'assigned', acknowledgeBy: '2022-01-29T16:59:59.999Z' });

      const returned = run([
        ack,
        [{ type: 'submitCompletion', summary: 'Dự thảo' }, '2022-02-10T09:00:00+07:00'],
        [{ type: 'returnForRework', reason: 'Bổ sung' }, '2022-02-11T09:00:00+07:00'],
        [{ type: 'pause', reason: 'Chờ' }, '2022-02-11T10:00:00+07:00'],
        [{ type: 'resume' }, '2022-02-12T10:00:00+07:00'],
      ]);
      expect(returned).toMatchObject({ status: 'returned', rework: { reason: 'Bổ sung' } });
    });

    it('keeps an overdue task overdue by the same amount', () => {
      const paused = apply(run([ack]), { type: 'pause', reason: 'Chờ' }, '2022-02-16T23:59:59.999+07:00');
      expect(paused.status === 'paused' && paused.pause.dueRemainingMs).toBe(-86_400_000);
      expect(statusAsOf(factsOf(paused), '2022-02-20T00:00:00Z').status).toBe('open_overdue');
      const resumed = apply(paused, { type: 'resume' }, '2022-02-21T23:59:59.999+07:00');
      expect(resumed.dueAt).toBe('2022-02-20T16:59:59.999Z');
    });

    it('can cancel a paused task', () => {
      const paused = apply(run([ack]), { type: 'pause', reason: 'Chờ' }, '2022-02-01T10:00:00+07:00');
      expect(apply(paused, { type: 'cancel', reason: 'Không còn cần thiết' }, '2022-02-02T10:00:00+07:00').status).toBe('cancelled');
    });
  });

  describe('legal transitions by status', () => {
    const states: Record<TaskState['status'], TaskState> = {
      assigned,
      acknowledged: run([ack]),
      in_progress: run([ack, [{ type: 'reportProgress', percent: 10, note: '' }, '2022-01-27T09:00:00+07:00']]),
      returned: run([
        ack,
        [{ type: 'submitCompletion', summary: 's' }, '2022-01-27T09:00:00+07:00'],
        [{ type: 'returnForRework', reason: 'r' }, '2022-01-27T10:00:00+07:00'],
      ]),
      refused: run([[{ type: 'refuse', reason: 'r' }, '2022-01-26T09:00:00+07:00']]),
      submitted: run([ack, [{ type: 'submitCompletion', summary: 's' }, '2022-01-27T09:00:00+07:00']]),
      completed: run([
        ack,
        [{ type: 'submitCompletion', summary: 's' }, '2022-01-27T09:00:00+07:00'],
        [{ type: 'approveCompletion' }, '2022-01-27T10:00:00+07:00'],
      ]),
      paused: run([ack, [{ type: 'pause', reason: 'p' }, '2022-01-27T09:00:00+07:00']]),
      cancelled: run([[{ type: 'cancel', reason: 'c' }, '2022-01-26T09:00:00+07:00']]),
    };
    const commands: TaskCommand[] = [
      { type: 'acknowledge' },
      { type: 'refuse', reason: 'r' },
      { type: 'reportProgress', percent: 50, note: 'n' },
      { type: 'requestExtension', newDueAt: '2022-03-31T23:59:59+07:00', reason: 'r' },
      { type: 'decideExtension', requestId: 'ext-1', approve: true },
      { type: 'submitCompletion', summary: 's' },
      { type: 'approveCompletion' },
      { type: 'returnForRework', reason: 'r' },
      { type: 'reassign', toUnitId: 'other-unit' },
      { type: 'pause', reason: 'p' },
      { type: 'resume' },
      { type: 'cancel', reason: 'c' },
    ];
    const UNDER_WAY = ['reportProgress', 'requestExtension', 'decideExtension', 'submitCompletion', 'reassign', 'pause', 'cancel'];
    const allowed: Record<TaskState['status'], string[]> = {
      assigned: ['acknowledge', 'refuse', 'reassign', 'pause', 'cancel'],
      acknowledged: UNDER_WAY,
      in_progress: UNDER_WAY,
      returned: UNDER_WAY,
      refused: ['reassign', 'cancel'],
      submitted: ['approveCompletion', 'returnForRework', 'cancel'],
      completed: [],
      paused: ['resume', 'cancel'],
      cancelled: [],
    };

    it.each(Object.keys(states) as TaskState['status'][])('%s', (status) => {
      const permitted = commands
        .filter((c) => {
          const r = transition(states[status], c, ctx('2022-01-28T09:00:00+07:00'));
          return r.ok || r.rejection.code !== 'wrong_status';
        })
        .map((c) => c.type);
      expect(permitted).toEqual(allowed[status]);
    });
  });
});

describe('facts beside the status', () => {
  it('overdue and acknowledgement-overdue', () => {
    expect(isAcknowledgementOverdue(assigned, '2022-01-27T23:59:59+07:00')).toBe(false);
    expect(isAcknowledgementOverdue(assigned, '2022-01-28T00:00:00+07:00')).toBe(true);
    const acknowledged = run([ack]);
    expect(isAcknowledgementOverdue(acknowledged, '2022-02-28T00:00:00+07:00')).toBe(false);
    expect(isOverdue(acknowledged, '2022-02-15T23:59:59.999+07:00')).toBe(false);
    expect(isOverdue(acknowledged, '2022-02-16T00:00:00+07:00')).toBe(true);
    const submitted = apply(acknowledged, { type: 'submitCompletion', summary: 's' }, '2022-02-10T09:00:00+07:00');
    expect(isOverdue(submitted, '2022-02-20T00:00:00+07:00')).toBe(false);
  });

  it('escalation level only goes up', () => {
    const level2 = recordEscalation(recordEscalation(assigned, 1), 2);
    expect(level2.escalationLevel).toBe(2);
    expect(recordEscalation(level2, 1)).toBe(level2);
    expect(level2.status).toBe('assigned');
  });
});
