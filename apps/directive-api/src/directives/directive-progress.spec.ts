import { directiveProgress } from './directive-progress';

describe('a directive’s progress from its rows’ counts', () => {
  it('counts the tasks assigned, the ones followed, completed, overdue and escalated', () => {
    const progress = directiveProgress(4, {
      following: 3,
      byStatus: { completed: 1, in_progress: 2 },
      overdue: 1,
      escalated: 1,
    });
    expect(progress).toEqual({
      tasks: 4,
      following: 3,
      byStatus: { completed: 1, in_progress: 2 },
      completed: 1,
      overdue: 1,
      escalated: 1,
      percentCompleted: 25,
    });
  });

  it('is all zeros for a directive none of whose tasks has reported yet, or one without tasks', () => {
    expect(directiveProgress(3, undefined)).toMatchObject({ tasks: 3, following: 0, completed: 0, percentCompleted: 0, byStatus: {} });
    expect(directiveProgress(0, undefined).percentCompleted).toBe(0);
  });
});
