import { ESCALATION_LEVEL_NAMES, type EscalationLevel, type WorkingCalendar } from '@dondoc/domain';
import type { ReportCountsRow, ReportSource } from '@dondoc/persistence';
import { itemsOf, type ReportItem } from '../compute/report-item';
import { reportTasksOf } from '../compute/report-tasks-of';
import type { ReportWindow } from '../compute/report-window';
import { drillDownItems } from './drill-down-items';
import { escalatedOf } from './report-summary';
import { rowKeyOf } from './report-tally';

// The escalations waiting, one page at a time (the dashboard asks for them on every visit):
// the rows of each level, highest first, walked by deadline in batches until the page is
// full; the total from the counts read model, which counts the same items. Reading every
// escalated row to sort them took 10 to 22 s for 8,556 of 100,000 tasks and held the API.

const LEVELS_HIGH_FIRST = (Object.keys(ESCALATION_LEVEL_NAMES).map(Number) as EscalationLevel[]).sort((a, b) => b - a);
/** Rows read per batch: a page of 20 items is usually one batch. */
const BATCH = 50;

export interface EscalatedRows {
  readEscalatedByReportKeys(keys: readonly string[], level: number, skip: number, limit: number): Promise<ReportSource>;
}

export interface EscalationsPageRequest {
  window: ReportWindow;
  months: readonly string[];
  unitId?: string;
  month?: string;
  asOf: string;
  calendar: WorkingCalendar;
  page: number;
  pageSize: number;
}

/**
 * The page's items and the total. Within a level the earliest deadline comes first, which is
 * the most working days late; each batch is put in the drill-down's order (level, then days
 * late), so the order is the full sort's except between items of equal lateness.
 */
export async function escalationsPage(
  rows: EscalatedRows,
  counts: readonly ReportCountsRow[],
  r: EscalationsPageRequest,
): Promise<{ total: number; items: ReportItem[] }> {
  const total = counts.reduce((n, d) => n + escalatedOf(d), 0);
  const keys = r.months.map((m) => rowKeyOf(`${m}|escalated`, r.unitId));
  const from = (r.page - 1) * r.pageSize;
  const found: ReportItem[] = [];
  for (const level of LEVELS_HIGH_FIRST) {
    for (let skip = 0; found.length < from + r.pageSize; skip += BATCH) {
      const source = await rows.readEscalatedByReportKeys(keys, level, skip, BATCH);
      const items = reportTasksOf(source.snapshots, source.directives).flatMap((t) => itemsOf(t, r.window, r.asOf, r.calendar));
      found.push(...drillDownItems(items, { count: 'total', unitId: r.unitId, month: r.month, escalated: true }));
      if (source.snapshots.length < BATCH) break;
    }
  }
  return { total, items: found.slice(from, from + r.pageSize) };
}
