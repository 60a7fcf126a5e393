import type { ItemOutcome, ReportItem } from './report-item';

// The counts of the appendix table, in the official order, with the on-time rate that
// counts an approved extension as on time.

export interface ReportCounts {
  /** Every obligation due in the window (the window's work, due or not yet). */
  readonly total: number;
  /** Due or done at the report's date: done (on time or late, a task done early included) plus overdue. */
  readonly due: number;
  /** Done on time, an approved extension included. */
  readonly doneOnTime: number;
  /** Of which done within an approved extension. */
  readonly doneAfterExtension: number;
  readonly doneLate: number;
  /** Not done within time: past due and not done. */
  readonly overdue: number;
  /** Not due yet, in progress. */
  readonly notDue: number;
  /** doneOnTime / due, 0..1; null when nothing is due. */
  readonly onTimeRate: number | null;
}

export function countItems(items: readonly ReportItem[]): ReportCounts {
  const n = (o: ItemOutcome) => items.filter((i) => i.outcome === o).length;
  const doneAfterExtension = n('done_on_time_after_extension');
  const doneOnTime = n('done_on_time') + doneAfterExtension;
  const doneLate = n('done_late');
  const overdue = n('overdue');
  const notDue = n('not_due');
  const due = doneOnTime + doneLate + overdue;
  return {
    total: items.length,
    due,
    doneOnTime,
    doneAfterExtension,
    doneLate,
    overdue,
    notDue,
    onTimeRate: due === 0 ? null : doneOnTime / due,
  };
}

/** '91,7%' (Vietnamese decimal comma), '–' when nothing was due. */
export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${(Math.round(rate * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}
