import { LocalDate, addDays, formatVnDate } from '../time/local-date.util';
import { DayOff } from './day-off.types';

// Bộ luật Lao động 2019, Điều 111 khoản 3: a holiday falling on a weekly rest day is
// made up on the next working day. Holidays are taken in date order so that two in a row
// (30/4 and 1/5 on a weekend) get two successive compensatory days.
export function compensatoryDays(
  holidays: readonly DayOff[],
  isWeeklyRest: (day: LocalDate) => boolean,
  otherDaysOff: ReadonlySet<LocalDate>,
  overrides: Readonly<Record<LocalDate, LocalDate | null>> = {},
): DayOff[] {
  const taken = new Set<LocalDate>([...holidays.map((h) => h.date), ...otherDaysOff]);
  const result: DayOff[] = [];
  for (const holiday of [...holidays].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (!isWeeklyRest(holiday.date)) continue;
    const override = overrides[holiday.date];
    const day = override === undefined ? nextFreeWeekday(holiday.date, isWeeklyRest, taken) : override;
    if (day === null) continue;
    taken.add(day);
    result.push({
      date: day,
      name: `Nghỉ bù ${holiday.name} (trùng ngày nghỉ hằng tuần ${formatVnDate(holiday.date)})`,
      kind: 'compensatory',
    });
  }
  return result;
}

function nextFreeWeekday(from: LocalDate, isWeeklyRest: (day: LocalDate) => boolean, taken: ReadonlySet<LocalDate>): LocalDate {
  let day = addDays(from, 1);
  while (isWeeklyRest(day) || taken.has(day)) day = addDays(day, 1);
  return day;
}
