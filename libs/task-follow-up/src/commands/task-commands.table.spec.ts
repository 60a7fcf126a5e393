import type { TaskState } from '@dondoc/domain';
import { TASK_COMMAND_NAMES, TASK_COMMANDS, taskCommandSpec } from './task-commands.table';
import { taskCommandBody } from './task-command-body';

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
    expect(taskCommandBody('refuse').safeParse({ reason: '  ' }).success).toBe(false);
    expect(taskCommandBody('acknowledge').safeParse({ note: 'x', extra: 1 }).success).toBe(false);
    expect(taskCommandBody('reportProgress').safeParse({ percent: 101, note: 'x' }).success).toBe(false);
    expect(taskCommandBody('reportProgress').safeParse({ percent: 40, note: 'x', period: '2022-Q1' }).success).toBe(true);
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

  describe("the issuer's quality verdict at approval and return", () => {
    const approve = TASK_COMMANDS.approveCompletion;
    const approveBody = taskCommandBody('approveCompletion');
    const back = TASK_COMMANDS.returnForRework;
    const returnBody = taskCommandBody('returnForRework');
    const problems = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
      (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

    it('validates the verdict: "met" or "major-error" with what the error is, in Vietnamese and English', () => {
      expect(approveBody.safeParse({}).success).toBe(true);
      expect(approveBody.safeParse({ quality: 'met' }).success).toBe(true);
      expect(approveBody.safeParse({ quality: 'major-error', qualityReason: 'Sai số liệu' }).success).toBe(true);
      expect(problems(approveBody.safeParse({ quality: 'major-error', qualityReason: '  ' }))).toEqual([
        'qualityReason: phải nêu sai sót lớn về chất lượng (a major-error verdict needs its reason)',
      ]);
      expect(problems(approveBody.safeParse({ quality: 'met', qualityReason: 'x' }))).toEqual([
        'qualityReason: chỉ nêu lý do khi đánh giá có sai sót lớn (qualityReason goes with quality "major-error" only)',
      ]);
      expect(problems(approveBody.safeParse({ quality: 'tốt' }))[0]).toMatch(/^quality: đánh giá chất lượng phải là "met"/);
      expect(returnBody.safeParse({ reason: 'Thiếu phụ lục', qualityError: true }).success).toBe(true);
      expect(problems(returnBody.safeParse({ reason: 'Thiếu phụ lục', qualityError: 'có' }))).toEqual([
        'qualityError: qualityError phải là true hoặc false (qualityError must be a boolean)',
      ]);
    });

    it('carries the verdict into the command, the timeline and the event; without one, all stay as before', () => {
      const actor = { userId: 'van-phong-ubnd-tinh.vanthu', role: 'issuer' as const, unitId: 'van-phong-ubnd-tinh' };
      const task = {
        status: 'completed',
        dueAt: '2022-03-31T16:59:59.999Z',
        submission: { at: '2022-03-20T02:00:00.000Z' },
        approvedAt: '2022-03-21T02:00:00.000Z',
      } as TaskState;
      const context = { actor, at: '2022-03-21T02:00:00.000Z', before: task, task, reportPeriod: null };
      const error = approve.command({ quality: 'major-error', qualityReason: 'Sai số liệu' });
      expect(error).toEqual({ type: 'approveCompletion', quality: 'major-error', qualityReason: 'Sai số liệu' });
      expect(approve.timeline(error, task)).toBe('Phê duyệt kết quả: nhiệm vụ hoàn thành. Chất lượng: có sai sót lớn (Sai số liệu).');
      expect(approve.fact(error, context)).toMatchObject({ quality: { verdict: 'major-error', reason: 'Sai số liệu' } });
      const met = approve.command({ quality: 'met' });
      expect(approve.timeline(met, task)).toBe('Phê duyệt kết quả: nhiệm vụ hoàn thành. Chất lượng: đạt yêu cầu.');
      expect(approve.fact(met, context)).toMatchObject({ quality: { verdict: 'met', reason: null } });
      const plain = approve.command({});
      expect(plain).toEqual({ type: 'approveCompletion' });
      expect(approve.timeline(plain, task)).toBe('Phê duyệt kết quả: nhiệm vụ hoàn thành.');
      expect(approve.fact(plain, context)).not.toHaveProperty('quality');

      const marked = back.command({ reason: 'Thiếu phụ lục', qualityError: true });
      expect(back.timeline(marked, task)).toBe('Trả lại để hoàn thiện: Thiếu phụ lục Tính là sai sót lớn về chất lượng.');
      expect(back.fact(marked, context)).toMatchObject({ qualityError: true });
      const notMarked = back.command({ reason: 'Bổ sung ý kiến', qualityError: false });
      expect(back.timeline(notMarked, task)).toBe('Trả lại để hoàn thiện: Bổ sung ý kiến Không tính là sai sót về chất lượng.');
      expect(back.fact(back.command({ reason: 'Bổ sung' }), context)).not.toHaveProperty('qualityError');
    });
  });
});
