import type { ItemOutcome, Report, ReportCounts, ReportItem } from '../api/types';

// Every number of the dashboard is a count of the report's own items; a drill-down is the
// same filter applied to them, so the list always holds exactly the tasks the number counts.

/** Which count of the taxonomy a number is (the keys of ReportCounts that count items). */
export type CountKey = 'total' | 'doneOnTime' | 'doneAfterExtension' | 'doneLate' | 'overdue' | 'notDue';

const OUTCOMES_OF: Readonly<Record<CountKey, readonly ItemOutcome[] | null>> = {
  total: null,
  doneOnTime: ['done_on_time', 'done_on_time_after_extension'],
  doneAfterExtension: ['done_on_time_after_extension'],
  doneLate: ['done_late'],
  overdue: ['overdue'],
  notDue: ['not_due'],
};

export interface DrillDown {
  count: CountKey;
  unitId?: string;
  month?: string;
  /** Only escalated items not done yet (the "escalations waiting" list). */
  escalated?: boolean;
}

export function itemsOf(report: Pick<Report, 'items'>, drill: DrillDown): ReportItem[] {
  const outcomes = OUTCOMES_OF[drill.count];
  return report.items.filter(
    (i) =>
      (!outcomes || outcomes.includes(i.outcome)) &&
      (drill.unitId === undefined || i.unitId === drill.unitId) &&
      (drill.month === undefined || i.month === drill.month) &&
      (!drill.escalated || isWaitingEscalation(i)),
  );
}

/** Escalated (level 1 or more) and not done: someone up the ladder is waiting on it. */
export function isWaitingEscalation(i: ReportItem): boolean {
  return i.escalationLevel > 0 && (i.outcome === 'overdue' || i.outcome === 'not_due');
}

/** Most overdue and highest escalation first. */
export function escalationsWaiting(report: Pick<Report, 'items'>): ReportItem[] {
  return report.items
    .filter(isWaitingEscalation)
    .sort((a, b) => b.escalationLevel - a.escalationLevel || (b.workingDaysLate ?? 0) - (a.workingDaysLate ?? 0));
}

export function countOf(counts: ReportCounts, key: CountKey): number {
  return counts[key];
}

/** Units best first: on-time rate, then fewer overdue; units with nothing due last. */
export function ranked<T extends { counts: ReportCounts }>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => (b.counts.onTimeRate ?? -1) - (a.counts.onTimeRate ?? -1) || a.counts.overdue - b.counts.overdue);
}
