import { daysInMonth, localDate, vnEndOfDay, type IsoInstant, type LocalDate } from '@dondoc/domain';

// The time a report covers: a month ('2022-03'), a quarter ('2022-Q1') or a year ('2022'),
// as Vietnamese calendar days. An item belongs to the window whose days hold its due day.

export type WindowKind = 'month' | 'quarter' | 'year';

export interface ReportWindow {
  readonly kind: WindowKind;
  /** '2022-03', '2022-Q1', '2022'. */
  readonly key: string;
  readonly year: number;
  /** First and last day, inclusive. */
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** The last instant of the window (end of its last day, Vietnam time). */
  readonly endsAt: IsoInstant;
  /** Months of the window, 'YYYY-MM', for the unit × month matrix. */
  readonly months: readonly string[];
  /** 'tháng 03/2022', 'quý I/2022', 'năm 2022'. */
  readonly label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

export const WINDOW_FORMAT = "'YYYY-MM' (tháng), 'YYYY-Qn' (quý) hoặc 'YYYY' (năm)";

/** The window a key names, or undefined when the key is not one. */
export function parseWindow(key: string): ReportWindow | undefined {
  let year: number;
  let first: number;
  let count: number;
  let kind: WindowKind;
  let label: string;
  const m = MONTH.exec(key);
  const q = QUARTER.exec(key);
  const y = YEAR.exec(key);
  if (m) {
    [year, first, count, kind, label] = [Number(m[1]), Number(m[2]), 1, 'month', `tháng ${m[2]}/${m[1]}`];
  } else if (q) {
    [year, first, count, kind, label] = [Number(q[1]), (Number(q[2]) - 1) * 3 + 1, 3, 'quarter', `quý ${ROMAN[Number(q[2]) - 1]}/${q[1]}`];
  } else if (y) {
    [year, first, count, kind, label] = [Number(y[1]), 1, 12, 'year', `năm ${y[1]}`];
  } else {
    return undefined;
  }
  if (year < 2000 || year > 2100) return undefined;
  const last = first + count - 1;
  const to = localDate(year, last, daysInMonth(year, last));
  const months = Array.from({ length: count }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
  return { kind, key, year, from: localDate(year, first, 1), to, endsAt: vnEndOfDay(to), months, label };
}

/** True when the day lies in the window. LocalDates compare as strings. */
export function inWindow(window: ReportWindow, day: LocalDate): boolean {
  return day >= window.from && day <= window.to;
}
