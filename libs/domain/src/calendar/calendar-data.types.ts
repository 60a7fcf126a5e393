import { LocalDate } from '../time/local-date.util';

// The shape of a versioned working-day calendar. Statutory holidays follow from the
// Labour Code and are computed; what the Government announces year by year (which day
// next to 2/9 is off, swapped days and make-up Saturdays) is data, so a new announcement
// is a new calendar version, never a code change.

/** A working day moved: `dayOff` becomes a day off, paid back by working on `makeUpOn`. */
export interface SwappedDay {
  readonly dayOff: LocalDate;
  readonly makeUpOn: LocalDate;
}

export interface AnnouncedYear {
  /** The decision or notice that fixed this year's days off, as named on it. */
  readonly source: string;
  /** First of the five Tết days; omitted = the calendar's convention (29 tháng Chạp). */
  readonly tetFirstDay?: LocalDate;
  /** The day next to 2/9 given with it (Labour Code art. 112(1)(đ)): 1/9 or 3/9. */
  readonly nationalDayAdjacent: LocalDate;
  readonly swaps?: readonly SwappedDay[];
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
  readonly description: string;
  /** ISO weekdays of the weekly rest (Mon = 1 … Sun = 7). */
  readonly weeklyRestDays: readonly number[];
  readonly years: Readonly<Record<number, AnnouncedYear>>;
}
