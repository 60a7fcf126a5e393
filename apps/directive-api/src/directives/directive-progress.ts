import type { DirectiveRecord, TaskRow } from '@dondoc/persistence';

export interface DirectiveProgress {
  tasks: number;
  /** Tasks whose follow-up has reported at least once (the others are being started). */
  following: number;
  byStatus: Record<string, number>;
  completed: number;
  overdue: number;
  escalated: number;
  percentCompleted: number;
}

/** Progress of a directive from the task read model (never from Temporal). */
export function directiveProgress(directive: DirectiveRecord, rows: TaskRow[]): DirectiveProgress {
  const byStatus: Record<string, number> = {};
  for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const tasks = directive.assignments.length;
  const completed = byStatus.completed ?? 0;
  return {
    tasks,
    following: rows.length,
    byStatus,
    completed,
    overdue: rows.filter((r) => r.overdue).length,
    escalated: rows.filter((r) => r.escalationLevel > 0).length,
    percentCompleted: tasks === 0 ? 0 : Math.round((completed / tasks) * 100),
  };
}
