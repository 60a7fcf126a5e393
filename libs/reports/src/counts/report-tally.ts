import { civilServiceCalendar, toEpochMs, toIsoInstant, vnDateOf, type WorkingCalendar } from '@dondoc/domain';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { isWaitingEscalation } from './drill-down-items';
import { itemsOf, type ItemOutcome, type ReportItem } from '../compute/report-item';
import { reportTaskOf, type ReportTask } from '../compute/report-task';
import { parseWindow, type ReportWindow } from '../compute/report-window';

// What one task row adds to the dashboard's counts: each of its report items as (unit,
// month, class), classified by the reports' own itemsOf at the projection's instant. The only
// class that changes with the clock alone, "open in time" → "open overdue", is kept as
// `open` with the instant it turns overdue, found by asking itemsOf itself (so no second rule
// says when a deadline has passed): the counts are exact at any later instant until the row
// changes again, without waiting for the workflow to mark the row overdue.

/** A class fixed once reached, or `open` (not due until `turnsOverdueAt`, overdue from then). */
export type TallyClass = Exclude<ItemOutcome, 'not_due'> | 'open';

export interface TallyEntry {
  readonly unitId: string;
  /** 'YYYY-MM' of the due day. */
  readonly month: string;
  readonly cls: TallyClass;
  /** For `open`: epoch ms from which the item counts as overdue; null: never (no deadline, handed in on time). */
  readonly turnsOverdueAt?: number | null;
  /** Escalated and not done: counted among the escalations waiting. */
  readonly escalated?: boolean;
}

/** Bump when the classification or the entry's shape changes: the counts are rebuilt from the rows. */
export const REPORT_TALLY_VERSION = 2;

const FAR_FUTURE_MS = 50 * 366 * 24 * 3600 * 1000;

/** At `now`, or at the snapshot's own instant when that is later (a workflow's clock ahead of this one: time-skipping tests). */
export function tallyOfSnapshot(snapshot: TaskSnapshot, now: Date, calendar: WorkingCalendar = civilServiceCalendar): TallyEntry[] {
  const asOf = snapshot.asOf ? toEpochMs(snapshot.asOf) : NaN;
  return tallyOf(reportTaskOf(snapshot), Number.isFinite(asOf) ? Math.max(now.getTime(), asOf) : now.getTime(), calendar);
}

/**
 * The task's report items as of `nowMs` (every year its obligations fall due in). Closed
 * periods' due instants are not needed: a closed period's class is its recorded result.
 */
export function tallyOf(task: ReportTask, nowMs: number, calendar: WorkingCalendar = civilServiceCalendar): TallyEntry[] {
  const entries: TallyEntry[] = [];
  for (const year of yearsOf(task)) {
    const window = yearWindow(year);
    if (!window) continue;
    for (const item of itemsOf(task, window, toIsoInstant(nowMs), calendar)) {
      const escalated = isWaitingEscalation(item) || undefined;
      if (item.outcome !== 'not_due') {
        entries.push({ unitId: item.unitId, month: item.month, cls: item.outcome, ...(escalated ? { escalated } : {}) });
        continue;
      }
      // The search asks about this item alone (a duty's periods are classified one by one).
      const alone: ReportTask = task.kind === 'duty' ? { ...task, periods: task.periods.filter((p) => p.key === item.period) } : task;
      const at = (ms: number) => itemsOf(alone, window, toIsoInstant(ms), calendar);
      const turnsOverdueAt = firstOverdueInstant(nowMs, item.dueAt ? toEpochMs(item.dueAt) : undefined, (ms) => outcomeOf(at(ms), item));
      entries.push({ unitId: item.unitId, month: item.month, cls: 'open', turnsOverdueAt, ...(escalated ? { escalated } : {}) });
    }
  }
  return entries;
}

function outcomeOf(items: readonly ReportItem[], like: ReportItem): ItemOutcome | undefined {
  return items.find((i) => i.period === like.period && i.month === like.month)?.outcome;
}

/**
 * The first instant after `fromMs` at which the item is overdue, or null when it never is.
 * Usually the instant after its deadline (two calls); otherwise a binary search, as the
 * class only moves forward while the facts stay as they are.
 */
function firstOverdueInstant(fromMs: number, dueMs: number | undefined, outcomeAt: (ms: number) => ItemOutcome | undefined): number | null {
  if (dueMs !== undefined && dueMs >= fromMs && outcomeAt(dueMs) !== 'overdue' && outcomeAt(dueMs + 1) === 'overdue') return dueMs + 1;
  let lo = fromMs; // not overdue here
  let hi = fromMs + FAR_FUTURE_MS;
  if (outcomeAt(hi) !== 'overdue') return null;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (outcomeAt(mid) === 'overdue') hi = mid;
    else lo = mid;
  }
  return hi;
}

const YEAR_WINDOWS = new Map<number, ReportWindow | undefined>();
/** A year's window (parsed once: a rebuild asks for it for every row). */
function yearWindow(year: number): ReportWindow | undefined {
  if (!YEAR_WINDOWS.has(year)) YEAR_WINDOWS.set(year, parseWindow(String(year)));
  return YEAR_WINDOWS.get(year);
}

function yearsOf(task: ReportTask): number[] {
  const years = new Set<number>();
  if (task.kind === 'duty') for (const p of task.periods) years.add(Number(p.key.slice(0, 4)));
  else if (task.facts?.dueAt) years.add(Number(vnDateOf(task.facts.dueAt).slice(0, 4)));
  return [...years].sort();
}

/** The `$inc` a row's change makes, per counts document key ('unitId|YYYY-MM'): the old entries −1, the new +1. */
export function tallyDelta(before: readonly TallyEntry[], after: readonly TallyEntry[]): Map<string, Record<string, number>> {
  const delta = new Map<string, Record<string, number>>();
  const add = (entries: readonly TallyEntry[], sign: number) => {
    for (const e of entries) {
      const key = countsKeyOf(e.unitId, e.month);
      const fields = delta.get(key) ?? {};
      for (const field of countFieldsOf(e)) fields[field] = (fields[field] ?? 0) + sign;
      delta.set(key, fields);
    }
  };
  add(before, -1);
  add(after, +1);
  for (const [key, fields] of delta) {
    for (const [f, n] of Object.entries(fields)) if (n === 0) delete fields[f];
    if (Object.keys(fields).length === 0) delta.delete(key);
  }
  return delta;
}

export function countsKeyOf(unitId: string, month: string): string {
  return `${unitId}|${month}`;
}

/**
 * The counts document's fields an entry adds one to: its class, or `open.t<ms>` ('open.never'),
 * and `escalated`. The `t` keeps the key a name: a path part made of digits alone may be read
 * as an array index by a store.
 */
export function countFieldsOf(e: TallyEntry): string[] {
  const cls = e.cls === 'open' ? `open.${openKeyOf(e.turnsOverdueAt ?? null)}` : `c.${e.cls}`;
  return e.escalated ? [cls, 'escalated'] : [cls];
}

/**
 * Keys the task row carries so a drill-down reads only the rows of one class: 'YYYY-MM|class'
 * and 'YYYY-MM|escalated' for the province, the same after 'unitId|' for one unit (one
 * single-field index serves both; SecantusDB scans for `{reportKeys: {$in}, leadUnitId}`).
 */
export function rowKeysOf(entries: readonly TallyEntry[]): string[] {
  const keys = new Set<string>();
  for (const e of entries) {
    for (const key of [`${e.month}|${e.cls}`, ...(e.escalated ? [`${e.month}|escalated`] : [])]) {
      keys.add(key);
      keys.add(rowKeyOf(key, e.unitId));
    }
  }
  return [...keys].sort();
}

/** A province key ('YYYY-MM|class') as one unit's, or as it is without a unit. */
export function rowKeyOf(key: string, unitId?: string): string {
  return unitId === undefined ? key : `${unitId}|${key}`;
}

/** The key of open items under `open`: 't<epoch ms>' they turn overdue at, or 'never'. */
export function openKeyOf(turnsOverdueAt: number | null): string {
  return turnsOverdueAt === null ? 'never' : `t${turnsOverdueAt}`;
}

/** The instant an `open` key names (undefined: never). */
export function turnsOverdueAtOf(key: string): number | undefined {
  return key.startsWith('t') ? Number(key.slice(1)) : undefined;
}
