import { LocalDate } from '../time/local-date.util';

// The shape of a versioned working-day calendar. Statutory holidays follow from the
// Labour Code and are computed; what the Government announces year by year (which day
// next to 2/9 is off, swapped days and make-up Saturdays) is data, so a new announcement
// is a new calendar version, never a code change.

/** A working day moved: `dayOff` becomes a day off, paid back by working on `makeUpOn`. */
export interface SwappedDay {
  readonly dayOff: LocalDate;
  readonly makeUpOn: LocalDate;
  /** The notice that announced this swap, as named on it; omitted: the year's `source`. */
  readonly notice?: string;
}

/** A weekday off that no statutory rule gives: announced on its own (e.g. a one-off national day off). */
export interface AnnouncedDayOff {
  readonly date: LocalDate;
  /** How people call it, in Vietnamese: 'Nghỉ lễ kỷ niệm …'. */
  readonly name: string;
  /** The notice that announced it, as named on it. */
  readonly notice: string;
}

export interface AnnouncedYear {
  /** The decision or notice that fixed this year's days off, as named on it. */
  readonly source: string;
  /** First of the five Tết days; omitted = the calendar's convention (29 tháng Chạp). */
  readonly tetFirstDay?: LocalDate;
  /** The day next to 2/9 given with it (Labour Code art. 112(1)(đ)): 1/9 or 3/9. */
  readonly nationalDayAdjacent: LocalDate;
  readonly swaps?: readonly SwappedDay[];
  /** Further days off announced for this year beyond the Labour Code's holidays. */
  readonly daysOff?: readonly AnnouncedDayOff[];
  /**
   * Where an announcement places the compensatory day of a holiday that falls on a
   * weekend differently from the next-working-day rule: holiday date -> compensatory
   * day, or null when the announcement gives none.
   */
  readonly compensatoryOverrides?: Readonly<Record<LocalDate, LocalDate | null>>;
}

export interface CalendarData {
  /** Recorded with every computed deadline so that it can be recomputed later. */
  readonly version: string;
  /**
   * Order of published versions (1 = the data shipped in code); a running follow-up takes
   * up a version only when its sequence is higher than the one it has.
   */
  readonly sequence?: number;
  readonly description: string;
  /** ISO weekdays of the weekly rest (Mon = 1 … Sun = 7). */
  readonly weeklyRestDays: readonly number[];
  readonly years: Readonly<Record<number, AnnouncedYear>>;
}
