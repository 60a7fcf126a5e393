import { formatLunarDateVi, lunarDateOf, lunarNewYear, solarDateOfLunar } from '../lunar/lunar-calendar.util';
import { LocalDate, addDays, isoWeekday, localDate } from '../time/local-date.util';
import { AnnouncedYear } from './calendar-data.types';
import { DayOff } from './day-off.types';

// Public holidays of Bộ luật Lao động 2019, Điều 112 khoản 1 (11 days a year).

/** The five Tết days: from 29 tháng Chạp, the day the announcements have started on every year 2020–2026. */
export function tetDays(lunarYear: number, firstDay?: LocalDate): LocalDate[] {
  const start = firstDay ?? conventionalTetStart(lunarYear);
  return [0, 1, 2, 3, 4].map((i) => addDays(start, i));
}

function conventionalTetStart(lunarYear: number): LocalDate {
  const newYear = lunarNewYear(lunarYear);
  const eve = addDays(newYear, -1);
  // A 30-day tháng Chạp makes the eve "30 Tết": start one day earlier, on the 29th.
  return lunarDateOf(eve).day === 30 ? addDays(newYear, -2) : eve;
}

/**
 * For years without an announcement: the weekday next to 2/9 that makes the longer break
 * (3/9 when 2/9 is a Sunday or Monday, else 1/9), as chosen in every year 2022–2026.
 */
export function defaultNationalDayAdjacent(year: number): LocalDate {
  const weekday = isoWeekday(localDate(year, 9, 2));
  return weekday === 7 || weekday === 1 ? localDate(year, 9, 3) : localDate(year, 9, 1);
}

export function statutoryHolidays(year: number, announced?: AnnouncedYear): DayOff[] {
  const holiday = (date: LocalDate, name: string): DayOff => ({ date, name, kind: 'public_holiday' });
  const list: DayOff[] = [
    holiday(localDate(year, 1, 1), 'Tết Dương lịch'),
    ...tetDays(year, announced?.tetFirstDay).map((d) => holiday(d, `Tết Âm lịch (${formatLunarDateVi(lunarDateOf(d))})`)),
    holiday(solarDateOfLunar(10, 3, year), 'Giỗ Tổ Hùng Vương (mùng 10 tháng Ba âm lịch)'),
    holiday(localDate(year, 4, 30), 'Ngày Chiến thắng (30/4)'),
    holiday(localDate(year, 5, 1), 'Ngày Quốc tế Lao động (1/5)'),
    holiday(localDate(year, 9, 2), 'Quốc khánh (2/9)'),
    holiday(announced?.nationalDayAdjacent ?? defaultNationalDayAdjacent(year), 'Quốc khánh (ngày liền kề 2/9)'),
  ];
  return mergeSameDay(list);
}

// Giỗ Tổ can fall on 30/4 (it will in 2034): one day off carrying both names, not two.
function mergeSameDay(list: DayOff[]): DayOff[] {
  const byDate = new Map<LocalDate, DayOff>();
  for (const day of list) {
    const seen = byDate.get(day.date);
    byDate.set(day.date, seen ? { ...seen, name: `${seen.name}; ${day.name}` } : day);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
