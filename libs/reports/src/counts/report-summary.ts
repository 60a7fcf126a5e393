import type { UnitRef } from '../compute/compute-report';
import type { ReportCounts } from '../compute/report-counts';
import type { ReportWindow } from '../compute/report-window';
import { turnsOverdueAtOf } from './report-tally';

// The dashboard's numbers from the counts read model: one small document per (unit, month)
// holding how many of its report items are in each fixed class, and how many are open with
// the instant each turns overdue; read at `nowMs`, open items past that instant are overdue.

/** One (unit, month) of the counts read model, as stored. */
export interface UnitMonthCounts {
  readonly unitId: string;
  readonly month: string;
  /** Items per fixed class (done_on_time, done_on_time_after_extension, done_late, overdue). */
  readonly c?: Readonly<Record<string, number>>;
  /** Open items by the instant they turn overdue ('t<epoch ms>'; 'never': they do not). */
  readonly open?: Readonly<Record<string, number>>;
  /** Escalated items not done (the escalations waiting). */
  readonly escalated?: number;
}

export interface ReportSummary {
  readonly window: ReportWindow;
  readonly asOf: string;
  /** Where the numbers come from: the counts read model ("now"), or the full computation (a past date). */
  readonly source: 'counts' | 'computed';
  readonly totals: ReportCounts;
  readonly escalationsWaiting: number;
  readonly byUnit: readonly (UnitRef & { readonly counts: ReportCounts })[];
  readonly matrix: {
    readonly months: readonly string[];
    readonly rows: readonly {
      readonly unitId: string;
      readonly unitName: string;
      readonly cells: readonly ReportCounts[];
      readonly total: ReportCounts;
    }[];
  };
}

interface Tally {
  doneOnTime: number;
  doneAfterExtension: number;
  doneLate: number;
  overdue: number;
  notDue: number;
}

const zero = (): Tally => ({ doneOnTime: 0, doneAfterExtension: 0, doneLate: 0, overdue: 0, notDue: 0 });

function tallyOfDoc(d: UnitMonthCounts, nowMs: number): Tally {
  const c = d.c ?? {};
  const n = (k: string) => Math.max(0, c[k] ?? 0);
  const t: Tally = {
    doneOnTime: n('done_on_time'),
    doneAfterExtension: n('done_on_time_after_extension'),
    doneLate: n('done_late'),
    overdue: n('overdue'),
    notDue: 0,
  };
  for (const [key, count] of Object.entries(d.open ?? {})) {
    if (count <= 0) continue;
    const at = turnsOverdueAtOf(key);
    if (at !== undefined && at <= nowMs) t.overdue += count;
    else t.notDue += count;
  }
  return t;
}

function plus(a: Tally, b: Tally): Tally {
  return {
    doneOnTime: a.doneOnTime + b.doneOnTime,
    doneAfterExtension: a.doneAfterExtension + b.doneAfterExtension,
    doneLate: a.doneLate + b.doneLate,
    overdue: a.overdue + b.overdue,
    notDue: a.notDue + b.notDue,
  };
}

/** The same figures countItems gives for the items these tallies count. */
export function countsOfTally(t: Tally): ReportCounts {
  const doneOnTime = t.doneOnTime + t.doneAfterExtension;
  const due = doneOnTime + t.doneLate + t.overdue;
  return {
    total: due + t.notDue,
    due,
    doneOnTime,
    doneAfterExtension: t.doneAfterExtension,
    doneLate: t.doneLate,
    overdue: t.overdue,
    notDue: t.notDue,
    onTimeRate: due === 0 ? null : doneOnTime / due,
  };
}

export function summaryOfCounts(input: {
  readonly window: ReportWindow;
  readonly asOf: string;
  readonly docs: readonly UnitMonthCounts[];
  /** Units of the org chart in force, in its order (names and order as the full report gives them). */
  readonly units: readonly UnitRef[];
  /** Only this unit (scope=unit). */
  readonly unitId?: string;
}): ReportSummary {
  const nowMs = Date.parse(input.asOf);
  const months = input.window.months;
  const cells = new Map<string, Tally[]>();
  let escalationsWaiting = 0;
  for (const d of input.docs) {
    const m = months.indexOf(d.month);
    if (m < 0 || (input.unitId !== undefined && d.unitId !== input.unitId)) continue;
    const t = tallyOfDoc(d, nowMs);
    if (t.doneOnTime + t.doneAfterExtension + t.doneLate + t.overdue + t.notDue === 0) continue;
    const row = cells.get(d.unitId) ?? months.map(zero);
    row[m] = plus(row[m], t);
    cells.set(d.unitId, row);
    escalationsWaiting += escalatedOf(d);
  }
  const name = new Map(input.units.map((u) => [u.id, u.name]));
  const order = new Map(input.units.map((u, i) => [u.id, i]));
  const unitIds = [...new Set([...cells.keys()].concat(input.unitId ? [input.unitId] : []))].sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
  );
  const rows = unitIds.map((id) => {
    const own = cells.get(id) ?? months.map(zero);
    return { unitId: id, unitName: name.get(id) ?? id, cells: own.map(countsOfTally), total: countsOfTally(own.reduce(plus, zero())) };
  });
  return {
    window: input.window,
    asOf: input.asOf,
    source: 'counts',
    totals: countsOfTally([...cells.values()].flat().reduce(plus, zero())),
    escalationsWaiting,
    byUnit: rows.map((r) => ({ id: r.unitId, name: r.unitName, counts: r.total })),
    matrix: { months, rows },
  };
}

/** A counts document's escalations waiting (a count moved below zero by a late delta reads 0). */
export function escalatedOf(d: { readonly escalated?: number }): number {
  return Math.max(0, d.escalated ?? 0);
}
