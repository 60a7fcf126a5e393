import { LocalDate, addDays, fromEpochDay, isoWeekday, parseLocalDate, toEpochDay } from '../time/local-date.util';
import { Instant, IsoInstant, VN_TIME_ZONE, toVnDate, vnEndOfDay } from '../time/vn-time.util';
import { CalendarData } from './calendar-data.types';
import { DayOff, MakeUpWorkingDay } from './day-off.types';
import { VN_CIVIL_SERVICE_CALENDAR } from './vn-civil-service-calendar.data';
import { YearDaysOff, yearDaysOff } from './year-days-off.rule';

/** A day, given as 'YYYY-MM-DD' (a day in Vietnam) or as an instant (read in Vietnam time). */
export type DayLike = LocalDate | Instant;

export interface WorkingCalendar {
  /** Record this with every computed deadline: it names the data the deadline came from. */
  readonly version: string;
  readonly timeZone: typeof VN_TIME_ZONE;
  isWorkingDay(day: DayLike): boolean;
  /** The first working day strictly after `day`. */
  nextWorkingDay(day: DayLike): LocalDate;
  /** The last working day strictly before `day`. */
  previousWorkingDay(day: DayLike): LocalDate;
  /** n > 0: the n-th working day after `day`; n < 0: the |n|-th before; n = 0: `day` itself. */
  shiftWorkingDays(day: DayLike, n: number): LocalDate;
  /**
   * "Trong N ngày làm việc": counting starts on the working day after `from`, and the
   * deadline is the END of the N-th working day (23:59:59.999 in Vietnam), because a
   * unit may still file on that day after office hours through the electronic system.
   */
  addWorkingDays(from: DayLike, n: number): IsoInstant;
  /** Working days d with a < d <= b (negative when b is before a): addWorkingDays's inverse. */
  workingDaysBetween(a: DayLike, b: DayLike): number;
  /**
   * The year's public holidays (even those on a weekend), compensatory and swapped days
   * off, by date, with Vietnamese names.
   */
  holidaysOf(year: number): readonly DayOff[];
  makeUpWorkingDaysOf(year: number): readonly MakeUpWorkingDay[];
  /** Whether the data holds the Government's announcement for that year. */
  isAnnounced(year: number): boolean;
}

// Deadlines further than this are data errors, not plans (about 40 years of working days).
const MAX_SHIFT = 10_000;
// Memo entries kept per calendar before starting afresh (a few MB at most).
const MEMO_LIMIT = 50_000;

export function createWorkingCalendar(data: CalendarData = VN_CIVIL_SERVICE_CALENDAR): WorkingCalendar {
  // Years are computed once and kept: pure and deterministic, so safe inside a workflow.
  const years = new Map<number, YearDaysOff>();
  const yearOf = (year: number): YearDaysOff => {
    let entry = years.get(year);
    if (!entry) {
      entry = yearDaysOff(year, data);
      years.set(year, entry);
    }
    return entry;
  };
  // Swaps may cross a year boundary (a make-up Saturday in late December for 2 January).
  const nearbyYears = (day: LocalDate) => {
    const { year } = parseLocalDate(day);
    return [yearOf(year - 1), yearOf(year), yearOf(year + 1)];
  };

  const computeIsWorking = (day: LocalDate): boolean => {
    const nearby = nearbyYears(day);
    if (nearby.some((y) => y.makeUpWorkingDays.some((m) => m.date === day))) return true;
    if (data.weeklyRestDays.includes(isoWeekday(day))) return false;
    return !nearby.some((y) => y.daysOff.some((d) => d.date === day));
  };
  // Every deadline walks day by day, and a worker computes the same days for thousands
  // of tasks (the workflow bundle shares this module between workflows): remember each
  // day's answer. Pure, so sharing is deterministic; bounded, so a long-lived worker
  // does not grow without end.
  const working = new Map<LocalDate, boolean>();
  const isWorkingLocal = (day: LocalDate): boolean => {
    let answer = working.get(day);
    if (answer === undefined) {
      if (working.size >= MEMO_LIMIT) working.clear();
      answer = computeIsWorking(day);
      working.set(day, answer);
    }
    return answer;
  };

  const step = (from: LocalDate, direction: 1 | -1): LocalDate => {
    let day = addDays(from, direction);
    while (!isWorkingLocal(day)) day = addDays(day, direction);
    return day;
  };

  // The tasks of one directive share their dates, so a shift asked once is asked again.
  const shifted = new Map<string, LocalDate>();
  const shift = (day: DayLike, n: number): LocalDate => {
    if (!Number.isInteger(n) || Math.abs(n) > MAX_SHIFT) {
      throw new RangeError(`Working-day count must be an integer within ±${MAX_SHIFT}: ${n}`);
    }
    const from = toVnDate(day);
    const key = `${from}|${n}`;
    let current = shifted.get(key);
    if (current === undefined) {
      current = from;
      for (let i = 0; i < Math.abs(n); i++) current = step(current, n > 0 ? 1 : -1);
      if (shifted.size >= MEMO_LIMIT) shifted.clear();
      shifted.set(key, current);
    }
    return current;
  };

  const between = (a: DayLike, b: DayLike): number => {
    const [from, to] = [toVnDate(a), toVnDate(b)];
    if (to < from) return -between(b, a);
    let count = 0;
    for (let e = toEpochDay(from) + 1, end = toEpochDay(to); e <= end; e++) {
      if (isWorkingLocal(fromEpochDay(e))) count++;
    }
    return count;
  };

  return {
    version: data.version,
    timeZone: VN_TIME_ZONE,
    isWorkingDay: (day) => isWorkingLocal(toVnDate(day)),
    nextWorkingDay: (day) => step(toVnDate(day), 1),
    previousWorkingDay: (day) => step(toVnDate(day), -1),
    shiftWorkingDays: shift,
    addWorkingDays: (from, n) => vnEndOfDay(shift(from, n)),
    workingDaysBetween: between,
    holidaysOf: (year) => yearOf(year).daysOff,
    makeUpWorkingDaysOf: (year) => yearOf(year).makeUpWorkingDays,
    isAnnounced: (year) => yearOf(year).announced,
  };
}

/** The calendar of civil servants shipped in code: 'vn-civil-service/2026-1' (published version 1). */
export const civilServiceCalendar: WorkingCalendar = createWorkingCalendar();

// A published version never changes under its name (the store refuses a second payload
// for a version), so every follow-up of a worker can share one calendar per version and
// its day-by-day memo (this module is shared by the workflows of a worker thread).
const published = new Map<string, WorkingCalendar>([[civilServiceCalendar.version, civilServiceCalendar]]);
const MAX_SHARED_VERSIONS = 32;

/** The working calendar of a version's data, shared by version name. */
export function workingCalendarOf(data: CalendarData): WorkingCalendar {
  let calendar = published.get(data.version);
  if (!calendar) {
    if (published.size >= MAX_SHARED_VERSIONS) {
      published.clear();
      published.set(civilServiceCalendar.version, civilServiceCalendar);
    }
    calendar = createWorkingCalendar(data);
    published.set(data.version, calendar);
  }
  return calendar;
}
