import type { DirectiveTaskCounts } from '@dondoc/persistence';

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

/** Progress of a directive of `tasks` tasks from its rows' counts in the task read model (never from Temporal). */
export function directiveProgress(tasks: number, counts: DirectiveTaskCounts | undefined): DirectiveProgress {
  const byStatus = { ...(counts?.byStatus ?? {}) };
  const completed = byStatus.completed ?? 0;
  return {
    tasks,
    following: counts?.following ?? 0,
    byStatus,
    completed,
    overdue: counts?.overdue ?? 0,
    escalated: counts?.escalated ?? 0,
    percentCompleted: tasks === 0 ? 0 : Math.round((completed / tasks) * 100),
  };
}
