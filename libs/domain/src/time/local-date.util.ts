// A calendar day as written on Vietnamese paperwork, without a time: 'YYYY-MM-DD'.
// Arithmetic goes through "epoch days" (days since 1970-01-01) so that no code here
// depends on the host's time zone; Date.UTC is pure and allowed in the workflow sandbox.

export type LocalDate = string;

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function parseLocalDate(value: LocalDate): DateParts {
  if (!isLocalDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(value)}`);
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

export function localDate(year: number, month: number, day: number): LocalDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isLocalDate(text)) throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  return text;
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toEpochDay(value: LocalDate): number {
  const { year, month, day } = parseLocalDate(value);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromEpochDay(epochDay: number): LocalDate {
  const d = new Date(epochDay * DAY_MS);
  return localDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(value: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(value) + days);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(value: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(value) + 3) % 7) + 7) % 7) + 1;
}

/** 'dd/mm/yyyy', the way dates are written in Vietnamese official letters. */
export function formatVnDate(value: LocalDate): string {
  const { year, month, day } = parseLocalDate(value);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
