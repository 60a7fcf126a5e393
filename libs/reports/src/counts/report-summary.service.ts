import { civilServiceCalendar, toEpochMs, toIsoInstant, vnDateOf, versionInForce, type OrgChartVersion } from '@dondoc/domain';
import type { ReportCountsRow, ReportSource } from '@dondoc/persistence';
import { itemsOf, type ReportItem } from '../compute/report-item';
import { reportTasksOf } from '../compute/report-tasks-of';
import { parseWindow, type ReportWindow } from '../compute/report-window';
import { buildReport, type ReportDeps } from '../service/report-builder';
import { drillDownItems } from './drill-down-items';
import { escalationsPage, type EscalatedRows } from './escalations-page';
import { summaryOfCounts, type ReportSummary } from './report-summary';
import { rowKeyOf, type TallyClass } from './report-tally';
import type { SummaryItemsRequest, SummaryRequest } from './summary-request.schema';

// The dashboard's summary and drill-down. "Now" in a running window reads the counts read
// model (a few hundred small documents); a past date or a window already over is computed in
// full from the task rows as the report is (correct, slower: the counts are kept for now only).

export interface SummaryDeps extends ReportDeps {
  readonly counts: { read(months: readonly string[], unitId?: string): Promise<ReportCountsRow[]> };
  readonly rows: { readByReportKeys(keys: readonly string[]): Promise<ReportSource> } & EscalatedRows;
}

/** True when the counts can answer: no past date asked, and the window not over yet. */
export function countsAnswer(window: ReportWindow, asOf: string | undefined, nowMs: number): boolean {
  return (asOf === undefined || toEpochMs(asOf) >= nowMs) && nowMs <= toEpochMs(window.endsAt);
}

export async function buildSummary(deps: SummaryDeps, q: SummaryRequest): Promise<ReportSummary> {
  const window = parseWindow(q.period);
  if (!window) throw new RangeError(`period ${q.period}`);
  const now = (deps.now ?? (() => new Date()))();
  if (!countsAnswer(window, q.asOf, now.getTime())) {
    const { report } = await buildReport(deps, { ...q, scope: q.unitId ? 'unit' : 'province', format: 'json', table: 'summary' });
    return {
      window: report.window,
      asOf: report.asOf,
      source: 'computed',
      totals: report.totals,
      escalationsWaiting: drillDownItems(report.items, { count: 'total', escalated: true }).length,
      byUnit: report.byUnit,
      matrix: { months: report.matrix.months, rows: report.matrix.rows.map(({ decreeCells: _, ...row }) => row) },
    };
  }
  const asOf = toIsoInstant(now.getTime());
  const chart = versionInForce(await deps.orgCharts.charts(), vnDateOf(asOf));
  const docs = await deps.counts.read(window.months, q.unitId);
  return summaryOfCounts({ window, asOf, docs, units: unitsOf(chart), unitId: q.unitId });
}

const CLASSES_OF: Readonly<Record<SummaryItemsRequest['count'], readonly TallyClass[]>> = {
  total: ['done_on_time', 'done_on_time_after_extension', 'done_late', 'overdue', 'open'],
  doneOnTime: ['done_on_time', 'done_on_time_after_extension'],
  doneAfterExtension: ['done_on_time_after_extension'],
  doneLate: ['done_late'],
  overdue: ['overdue', 'open'],
  notDue: ['open'],
};

export interface ItemsPage {
  readonly asOf: string;
  readonly total: number;
  readonly items: readonly ReportItem[];
}

/**
 * The items behind one number of the summary at "now", a page at a time: the rows whose
 * tally holds that class in those months (by index), their items computed as the report
 * computes them, filtered by the same drill-down filter. Reads as many rows as the number
 * counts (plus the open ones for overdue/not due), never the whole province.
 */
export async function summaryItems(deps: SummaryDeps, q: SummaryItemsRequest): Promise<ItemsPage> {
  const window = parseWindow(q.period);
  if (!window) throw new RangeError(`period ${q.period}`);
  if (q.month && !window.months.includes(q.month))
    return { asOf: toIsoInstant((deps.now?.() ?? new Date()).getTime()), total: 0, items: [] };
  const nowMs = (deps.now?.() ?? new Date()).getTime();
  const months = q.month ? [q.month] : window.months;
  // A window already over is reported at its end (as the summary computes it): the rows' classes
  // (as of now) do not say which were which then, so every row of its months is read.
  const over = !countsAnswer(window, undefined, nowMs);
  const calendar = deps.calendar ?? civilServiceCalendar;
  if (q.escalated && q.count === 'total' && !over) {
    const asOf = toIsoInstant(nowMs);
    const counts = await deps.counts.read(months, q.unitId);
    return { asOf, ...(await escalationsPage(deps.rows, counts, { ...q, window, months, asOf, calendar })) };
  }
  const classes = over ? CLASSES_OF.total : CLASSES_OF[q.count];
  const keys = q.escalated && !over ? months.map((m) => `${m}|escalated`) : months.flatMap((m) => classes.map((c) => `${m}|${c}`));
  const source = await deps.rows.readByReportKeys(keys.map((k) => rowKeyOf(k, q.unitId)));
  const asOf = over ? window.endsAt : toIsoInstant(nowMs);
  const items = reportTasksOf(source.snapshots, source.directives)
    .flatMap((t) => itemsOf(t, window, asOf, calendar))
    .sort((a, b) => a.taskId.localeCompare(b.taskId) || (a.period ?? '').localeCompare(b.period ?? ''));
  const all = drillDownItems(items, { count: q.count, unitId: q.unitId, month: q.month, escalated: q.escalated });
  const from = (q.page - 1) * q.pageSize;
  return { asOf, total: all.length, items: all.slice(from, from + q.pageSize) };
}

function unitsOf(chart: OrgChartVersion | undefined) {
  return (chart?.units ?? []).map((u) => ({ id: u.id, name: u.name }));
}
