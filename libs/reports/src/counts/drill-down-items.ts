import type { ItemOutcome, ReportItem } from '../compute/report-item';
import type { ReportCounts } from '../compute/report-counts';

// Which items a number of the dashboard counts: a drill-down is this filter over the report's
// items, so the list always holds exactly the tasks the number counts.

/** Which count of the taxonomy a number is (the keys of ReportCounts that count items). */
export const COUNT_KEYS = ['total', 'doneOnTime', 'doneAfterExtension', 'doneLate', 'overdue', 'notDue'] as const;
export type CountKey = (typeof COUNT_KEYS)[number] & keyof ReportCounts;

export const OUTCOMES_OF_COUNT: Readonly<Record<CountKey, readonly ItemOutcome[] | null>> = {
  total: null,
  doneOnTime: ['done_on_time', 'done_on_time_after_extension'],
  doneAfterExtension: ['done_on_time_after_extension'],
  doneLate: ['done_late'],
  overdue: ['overdue'],
  notDue: ['not_due'],
};

export interface DrillDownFilter {
  readonly count: CountKey;
  readonly unitId?: string;
  readonly month?: string;
  /** Only escalated items not done yet (the "escalations waiting" list). */
  readonly escalated?: boolean;
}

/** Escalated (level 1 or more) and not done: someone up the ladder is waiting on it. */
export function isWaitingEscalation(i: Pick<ReportItem, 'escalationLevel' | 'outcome'>): boolean {
  return i.escalationLevel > 0 && (i.outcome === 'overdue' || i.outcome === 'not_due');
}

export function drillDownItems(items: readonly ReportItem[], drill: DrillDownFilter): ReportItem[] {
  const outcomes = OUTCOMES_OF_COUNT[drill.count];
  const kept = items.filter(
    (i) =>
      (!outcomes || outcomes.includes(i.outcome)) &&
      (drill.unitId === undefined || i.unitId === drill.unitId) &&
      (drill.month === undefined || i.month === drill.month) &&
      (!drill.escalated || isWaitingEscalation(i)),
  );
  // The escalations waiting: highest level and most overdue first, as the dashboard lists them.
  return drill.escalated
    ? kept.sort((a, b) => b.escalationLevel - a.escalationLevel || (b.workingDaysLate ?? 0) - (a.workingDaysLate ?? 0))
    : kept;
}
