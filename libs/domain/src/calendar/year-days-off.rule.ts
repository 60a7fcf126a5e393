import { LocalDate, formatVnDate, isoWeekday } from '../time/local-date.util';
import { CalendarData } from './calendar-data.types';
import { compensatoryDays } from './compensatory-days.rule';
import { DayOff, MakeUpWorkingDay } from './day-off.types';
import { statutoryHolidays } from './statutory-holidays.rule';

export interface YearDaysOff {
  readonly year: number;
  /** False when the year has no announcement in the data: statutory rules and defaults only. */
  readonly announced: boolean;
  readonly daysOff: readonly DayOff[];
  readonly makeUpWorkingDays: readonly MakeUpWorkingDay[];
}

const WEEKDAY_VI = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];

/** Every day off (holidays, compensatory, swapped) and make-up working day of a year. */
export function yearDaysOff(year: number, data: CalendarData): YearDaysOff {
  const announced = data.years[year];
  const isWeeklyRest = (day: LocalDate) => data.weeklyRestDays.includes(isoWeekday(day));
  const swaps = announced?.swaps ?? [];
  const holidays = statutoryHolidays(year, announced);
  const swapped: DayOff[] = swaps.map((s) => ({
    date: s.dayOff,
    name: `Nghỉ hoán đổi (làm bù ${WEEKDAY_VI[isoWeekday(s.makeUpOn) - 1]} ${formatVnDate(s.makeUpOn)})`,
    kind: 'swapped',
  }));
  const extra: DayOff[] = (announced?.daysOff ?? []).map((d) => ({ date: d.date, name: d.name, kind: 'announced' }));
  const compensatory = compensatoryDays(
    holidays,
    isWeeklyRest,
    new Set([...swapped, ...extra].map((d) => d.date)),
    announced?.compensatoryOverrides,
  );
  return {
    year,
    announced: announced !== undefined,
    daysOff: [...holidays, ...compensatory, ...swapped, ...extra].sort((a, b) => (a.date < b.date ? -1 : 1)),
    makeUpWorkingDays: swaps.map((s) => ({
      date: s.makeUpOn,
      name: `Làm bù cho ngày nghỉ hoán đổi ${formatVnDate(s.dayOff)}`,
      replaces: s.dayOff,
    })),
  };
}
