import { REPORTING_STATUS_LABELS, type ReportingStatus } from './reporting-status';

// A directive's progress, aggregated from its tasks' read models (never from a parent
// workflow: a directive with 6 items × 30 units is 180 independent follow-ups, and the
// directive itself lives in MongoDB with its outbox).

export interface TaskProgressInput {
  readonly reportingStatus: ReportingStatus;
  readonly escalationLevel: number;
}

export interface DirectiveProgress {
  readonly total: number;
  /** Tasks by reporting status, every status present (0 when none). */
  readonly byStatus: Readonly<Record<ReportingStatus, number>>;
  /** Done (on time, after extension or late) among tasks that count (cancelled ones do not). */
  readonly done: number;
  readonly overdue: number;
  /** Percent done of the tasks that count, rounded to one decimal; 0 with none. */
  readonly percentDone: number;
  readonly highestEscalationLevel: number;
  /** One line for people, e.g. "Hoàn thành 4/6 nhiệm vụ (66,7%), quá hạn 1". */
  readonly summary: string;
}

const DONE: readonly ReportingStatus[] = ['done_on_time', 'done_on_time_after_extension', 'done_late'];

export function directiveProgress(tasks: readonly TaskProgressInput[]): DirectiveProgress {
  const byStatus = Object.fromEntries(Object.keys(REPORTING_STATUS_LABELS).map((s) => [s, 0])) as Record<ReportingStatus, number>;
  for (const task of tasks) byStatus[task.reportingStatus] += 1;
  const counted = tasks.length - byStatus.cancelled;
  const done = DONE.reduce((sum, status) => sum + byStatus[status], 0);
  const overdue = byStatus.open_overdue;
  const percentDone = counted === 0 ? 0 : Math.round((1000 * done) / counted) / 10;
  const highestEscalationLevel = tasks.reduce((max, t) => Math.max(max, t.escalationLevel), 0);
  const percentText = percentDone.toFixed(1).replace('.', ',');
  const summary = `Hoàn thành ${done}/${counted} nhiệm vụ (${percentText}%)${overdue ? `, quá hạn ${overdue}` : ''}${
    byStatus.cancelled ? `, đã hủy ${byStatus.cancelled}` : ''
  }`;
  return { total: tasks.length, byStatus, done, overdue, percentDone, highestEscalationLevel, summary };
}
