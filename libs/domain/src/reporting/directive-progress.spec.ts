import { directiveProgress } from './directive-progress';

describe('directiveProgress', () => {
  it('counts done, overdue and cancelled tasks, in Vietnamese', () => {
    const progress = directiveProgress([
      { reportingStatus: 'done_on_time', escalationLevel: 0 },
      { reportingStatus: 'done_on_time_after_extension', escalationLevel: 0 },
      { reportingStatus: 'done_late', escalationLevel: 1 },
      { reportingStatus: 'open_overdue', escalationLevel: 2 },
      { reportingStatus: 'open_within_deadline', escalationLevel: 0 },
      { reportingStatus: 'open_within_deadline', escalationLevel: 0 },
      { reportingStatus: 'cancelled', escalationLevel: 3 },
    ]);
    expect(progress).toMatchObject({ total: 7, done: 3, overdue: 1, percentDone: 50, highestEscalationLevel: 3 });
    expect(progress.byStatus.open_within_deadline).toBe(2);
    expect(progress.summary).toBe('Hoàn thành 3/6 nhiệm vụ (50,0%), quá hạn 1, đã hủy 1');
  });

  it('is zero for a directive with no tasks', () => {
    expect(directiveProgress([])).toMatchObject({ total: 0, done: 0, percentDone: 0, summary: 'Hoàn thành 0/0 nhiệm vụ (0,0%)' });
  });
});
