import { OPEN_STATUSES, todoGroupFilter } from './todo-groups';

describe('the to-do groups as read-model filters', () => {
  const now = new Date('2026-03-02T03:00:00.000Z');

  it('to acknowledge: the assigned tasks, whatever their deadline', () => {
    expect(todoGroupFilter('toAcknowledge', now)).toEqual({ statuses: ['assigned'] });
  });

  it('due soon: open, not overdue, due before now + 7 days (an instant in UTC, as deadlines are stored)', () => {
    expect(todoGroupFilter('dueSoon', now)).toEqual({ statuses: OPEN_STATUSES, overdue: false, dueBefore: '2026-03-09T03:00:00.000Z' });
  });

  it('overdue: open and overdue (a completed task that was late is not to do)', () => {
    expect(todoGroupFilter('overdue', now)).toEqual({ statuses: OPEN_STATUSES, overdue: true });
    expect(OPEN_STATUSES).not.toContain('completed');
    expect(OPEN_STATUSES).not.toContain('submitted');
  });
});
