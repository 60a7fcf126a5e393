import type { TaskState } from '@dondoc/domain';
import { TASK_COMMAND_NAMES, TASK_COMMANDS, taskCommandSpec } from './task-commands.table';

// The table is the contract of the HTTP API, the access policy and the workflow's updates:
// its routes, roles and texts are written out here so that a change is a decision.

describe('the task command table', () => {
  it('routes every command a caller may send, with the roles the access policy grants', () => {
    const routes = TASK_COMMAND_NAMES.map((n) => [
      n,
      taskCommandSpec(n).route,
      taskCommandSpec(n).roles.join(' '),
      taskCommandSpec(n).scope,
    ]);
    expect(routes).toEqual([
      ['acknowledge', 'acknowledge', 'assignee unit-head admin', 'lead-unit'],
      ['refuse', 'refuse', 'unit-head admin', 'lead-unit'],
      ['reportProgress', 'progress', 'assignee unit-head admin', 'lead-unit'],
      ['requestExtension', 'extension-requests', 'assignee unit-head admin', 'lead-unit'],
      ['decideExtension', 'extension-requests/:rid/decision', 'issuer leader admin', 'issuer'],
      ['submitCompletion', 'submit', 'assignee unit-head admin', 'lead-unit'],
      ['approveCompletion', 'approve', 'issuer leader admin', 'issuer'],
      ['returnForRework', 'return', 'issuer leader admin', 'issuer'],
      ['reassign', 'reassign', 'issuer leader admin', 'issuer'],
      ['pause', 'pause', 'issuer leader admin', 'issuer'],
      ['resume', 'resume', 'issuer leader admin', 'issuer'],
      ['cancel', null, 'issuer leader admin', 'issuer'],
    ]);
  });

  it('carries each path parameter into the field the command reads', () => {
    expect(TASK_COMMANDS.decideExtension.params).toEqual({ rid: 'requestId' });
    expect(TASK_COMMANDS.decideExtension.command({ approve: true, requestId: 'ext-1' })).toEqual({
      type: 'decideExtension',
      requestId: 'ext-1',
      approve: true,
    });
  });

  it('takes from an input only the fields of its domain command (meta stays out)', () => {
    const actor = { userId: 'so-noi-vu.giamdoc', role: 'unit-head' as const, unitId: 'so-noi-vu' };
    expect(
      taskCommandSpec('reportProgress').command({ percent: 40, note: 'Đã rà soát', period: '2022-03', actor, requestId: 'r1' }),
    ).toEqual({
      type: 'reportProgress',
      percent: 40,
      note: 'Đã rà soát',
      evidence: undefined,
    });
    expect(taskCommandSpec('acknowledge').command({ note: 'đã nhận', actor })).toEqual({ type: 'acknowledge' });
  });

  it('validates bodies: a refusal needs a reason, an unknown field is refused', () => {
    expect(TASK_COMMANDS.refuse.body.safeParse({ reason: '  ' }).success).toBe(false);
    expect(TASK_COMMANDS.acknowledge.body.safeParse({ note: 'x', extra: 1 }).success).toBe(false);
    expect(TASK_COMMANDS.reportProgress.body.safeParse({ percent: 101, note: 'x' }).success).toBe(false);
    expect(TASK_COMMANDS.reportProgress.body.safeParse({ percent: 40, note: 'x', period: '2022-Q1' }).success).toBe(true);
  });

  it('writes the timeline in Vietnamese, with dates as people read them', () => {
    const task = { dueAt: '2022-03-31T16:59:59.999Z' } as TaskState;
    expect(
      TASK_COMMANDS.requestExtension.timeline(
        { type: 'requestExtension', newDueAt: '2022-04-15T09:00:00+07:00', reason: 'chờ số liệu' },
        task,
      ),
    ).toBe('Đề nghị gia hạn đến ngày 15/04/2022: chờ số liệu');
    expect(TASK_COMMANDS.decideExtension.timeline({ type: 'decideExtension', requestId: 'x', approve: true }, task)).toBe(
      'Đồng ý gia hạn; hạn mới ngày 31/03/2022.',
    );
    expect(TASK_COMMANDS.decideExtension.timeline({ type: 'decideExtension', requestId: 'x', approve: false }, task)).toBe(
      'Không đồng ý gia hạn.',
    );
    expect(TASK_COMMANDS.returnForRework.timeline({ type: 'returnForRework', reason: 'thiếu phụ lục' }, task)).toBe(
      'Trả lại để hoàn thiện: thiếu phụ lục',
    );
  });

  it('publishes each command as its event, evidence by reference', () => {
    const actor = { userId: 'so-noi-vu.giamdoc', role: 'unit-head' as const, unitId: 'so-noi-vu' };
    const state = { leadUnitId: 'so-noi-vu', dueAt: '2022-03-31T16:59:59.999Z', extensionRequests: [] } as unknown as TaskState;
    const context = { actor, at: '2022-03-01T02:00:00.000Z', before: state, task: state, reportPeriod: '2022-03' };
    expect(TASK_COMMANDS.submitCompletion.event).toBe('task.submitted');
    expect(
      TASK_COMMANDS.submitCompletion.fact(
        { type: 'submitCompletion', summary: 'Xong', evidence: [{ title: 'Báo cáo 12', ref: 'doc-12' }] },
        context,
      ),
    ).toEqual({
      actor,
      summary: 'Xong',
      evidence: ['doc-12'],
      at: '2022-03-01T02:00:00.000Z',
    });
    expect(TASK_COMMANDS.reassign.fact({ type: 'reassign', toUnitId: 'so-tai-chinh' }, context)).toEqual({
      actor,
      fromUnitId: 'so-noi-vu',
      toUnitId: 'so-tai-chinh',
      at: context.at,
    });
    expect(TASK_COMMANDS.reportProgress.fact({ type: 'reportProgress', percent: 40, note: 'x' }, context)).toMatchObject({
      period: '2022-03',
      evidence: [],
    });
  });
});
