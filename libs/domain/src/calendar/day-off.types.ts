import { LocalDate } from '../time/local-date.util';

export type DayOffKind = 'public_holiday' | 'compensatory' | 'swapped' | 'announced';

/** A weekday on which civil servants do not work, with its Vietnamese name. */
export interface DayOff {
  readonly date: LocalDate;
  readonly name: string;
  readonly kind: DayOffKind;
}

/** A weekly rest day worked to pay back a swapped day off. */
export interface MakeUpWorkingDay {
  readonly date: LocalDate;
  readonly name: string;
  readonly replaces: LocalDate;
}
