import { REPORTING_STATUS_LABELS, TaskFacts, statusAsOf } from './reporting-status';

const DUE = '2022-02-15T16:59:59.999Z'; // end of 15/2/2022, Vietnam time
const at = (facts: TaskFacts, asOf: string) => statusAsOf(facts, asOf).status;

describe('statusAsOf', () => {
  it('open tasks are within deadline until the due instant, then overdue', () => {
    const facts = { dueAt: DUE, originalDueAt: DUE };
    expect(statusAsOf(facts, '2022-02-15T23:59:59.999+07:00')).toEqual({
      status: 'open_within_deadline',
      label: 'Đang thực hiện trong hạn',
    });
    expect(statusAsOf(facts, '2022-02-16T00:00:00+07:00')).toEqual({ status: 'open_overdue', label: 'Quá hạn chưa hoàn thành' });
  });

  it('tells on time, on time after extension, and late apart', () => {
    const done = (submittedAt: string) => ({
      dueAt: '2022-02-28T16:59:59.999Z',
      originalDueAt: DUE,
      submittedAt,
      approvedAt: '2022-03-02T02:00:00Z',
    });
    expect(at(done('2022-02-15T10:00:00+07:00'), '2022-03-10T00:00:00Z')).toBe('done_on_time');
    expect(at(done('2022-02-20T10:00:00+07:00'), '2022-03-10T00:00:00Z')).toBe('done_on_time_after_extension');
    expect(at(done('2022-03-01T10:00:00+07:00'), '2022-03-10T00:00:00Z')).toBe('done_late');
  });

  it('is open before the approval, and not overdue if handed in on time', () => {
    const facts = { dueAt: DUE, originalDueAt: DUE, submittedAt: '2022-02-14T10:00:00+07:00', approvedAt: '2022-02-20T10:00:00+07:00' };
    expect(at(facts, '2022-02-13T00:00:00+07:00')).toBe('open_within_deadline');
    expect(at(facts, '2022-02-18T00:00:00+07:00')).toBe('open_within_deadline');
    expect(at(facts, '2022-02-21T00:00:00+07:00')).toBe('done_on_time');
    expect(at({ ...facts, submittedAt: '2022-02-17T10:00:00+07:00' }, '2022-02-18T00:00:00+07:00')).toBe('open_overdue');
  });

  it('without a deadline: "không có thời hạn" while open, on time when done', () => {
    expect(statusAsOf({}, '2022-02-18T00:00:00Z')).toEqual({ status: 'no_deadline', label: 'Không có thời hạn' });
    expect(at({ submittedAt: '2022-02-01T00:00:00Z', approvedAt: '2022-02-02T00:00:00Z' }, '2022-02-18T00:00:00Z')).toBe('done_on_time');
  });

  it('cancelled tasks leave the count from their cancellation', () => {
    const facts = { dueAt: DUE, cancelledAt: '2022-02-10T00:00:00Z' };
    expect(at(facts, '2022-02-09T00:00:00Z')).toBe('open_within_deadline');
    expect(at(facts, '2022-02-20T00:00:00Z')).toBe('cancelled');
  });

  it('a paused task keeps the standing it had when paused', () => {
    expect(at({ dueAt: DUE, pausedAt: '2022-02-10T00:00:00Z', pausedRemainingMs: 1000 }, '2022-03-01T00:00:00Z')).toBe(
      'open_within_deadline',
    );
    expect(at({ dueAt: DUE, pausedAt: '2022-02-20T00:00:00Z', pausedRemainingMs: -1000 }, '2022-03-01T00:00:00Z')).toBe('open_overdue');
  });

  it('labels every status in Vietnamese', () => {
    expect(REPORTING_STATUS_LABELS).toEqual({
      done_on_time: 'Hoàn thành đúng hạn',
      done_on_time_after_extension: 'Hoàn thành đúng hạn sau gia hạn',
      done_late: 'Hoàn thành quá hạn',
      open_within_deadline: 'Đang thực hiện trong hạn',
      open_overdue: 'Quá hạn chưa hoàn thành',
      no_deadline: 'Không có thời hạn',
      cancelled: 'Đã hủy (không tính)',
    });
  });
});
