import type { TaskListFilter } from '@dondoc/persistence';

// "Việc cần làm": a unit's tasks still to be done, in three groups the web's to-do page shows,
// each filtered, counted and paged by the API (GET /v1/tasks?group=…), so a unit with
// thousands of tasks gets true totals and one small page per group.

export const TODO_GROUPS = ['toAcknowledge', 'dueSoon', 'overdue'] as const;
export type TodoGroup = (typeof TODO_GROUPS)[number];

/** Statuses of a task its unit still has to work on. */
export const OPEN_STATUSES = ['assigned', 'acknowledged', 'in_progress', 'returned'] as const;

/** "Due soon" looks this far ahead. */
export const DUE_SOON_DAYS = 7;

/** The read-model filter of a group at `now`: to acknowledge; open, not overdue, due within 7 days; open and overdue. */
export function todoGroupFilter(group: TodoGroup, now: Date): Pick<TaskListFilter, 'statuses' | 'overdue' | 'dueBefore'> {
  switch (group) {
    case 'toAcknowledge':
      return { statuses: ['assigned'] };
    case 'dueSoon':
      return { statuses: OPEN_STATUSES, overdue: false, dueBefore: new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000).toISOString() };
    case 'overdue':
      return { statuses: OPEN_STATUSES, overdue: true };
  }
}
