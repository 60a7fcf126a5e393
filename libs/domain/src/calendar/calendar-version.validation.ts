import { LocalDate, formatVnDate, isLocalDate, isoWeekday, toEpochDay } from '../time/local-date.util';
import { AnnouncedYear, CalendarData } from './calendar-data.types';

// What makes a published calendar version wrong, before any task re-plans on it. Each
// problem is said in Vietnamese with the English beside it, naming the field at fault.

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
// A swap pays a day back within weeks, never across a season.
const MAX_SWAP_DISTANCE_DAYS = 62;

/** Every problem of a calendar version's data; empty when it can be published. */
export function calendarVersionProblems(data: CalendarData): string[] {
  const problems: string[] = [];
  const rest = new Set(data.weeklyRestDays);
  if (
    data.weeklyRestDays.length === 0 ||
    rest.size !== data.weeklyRestDays.length ||
    data.weeklyRestDays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
  ) {
    problems.push('weeklyRestDays: phải là các thứ trong tuần khác nhau, 1 (thứ Hai) … 7 (Chủ nhật) (distinct ISO weekdays 1..7)');
  }
  const isRest = (day: LocalDate) => rest.has(isoWeekday(day));
  for (const [key, year] of Object.entries(data.years)) {
    const y = Number(key);
    if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) {
      problems.push(`years.${key}: năm không hợp lệ, cần ${MIN_YEAR}–${MAX_YEAR} (year must be ${MIN_YEAR}..${MAX_YEAR})`);
      continue;
    }
    problems.push(...yearProblems(y, year, isRest));
  }
  return problems;
}

function yearProblems(year: number, data: AnnouncedYear, isRest: (day: LocalDate) => boolean): string[] {
  const at = (field: string) => `years.${year}.${field}`;
  const problems: string[] = [];
  const date = (field: string, value: string, check: () => void) => {
    if (!isLocalDate(value)) problems.push(`${at(field)}: '${value}' không phải ngày YYYY-MM-DD (not a calendar date)`);
    else check();
  };
  if (!data.source?.trim()) problems.push(`${at('source')}: thiếu văn bản công bố lịch nghỉ của năm (the announcing notice is required)`);
  date('nationalDayAdjacent', data.nationalDayAdjacent, () => {
    if (data.nationalDayAdjacent !== `${year}-09-01` && data.nationalDayAdjacent !== `${year}-09-03`) {
      problems.push(
        `${at('nationalDayAdjacent')}: ngày liền kề Quốc khánh phải là 01/09 hoặc 03/09/${year} (must be 1 or 3 September ${year})`,
      );
    }
  });
  const tet = data.tetFirstDay;
  if (tet !== undefined) {
    date('tetFirstDay', tet, () => {
      if (!tet.startsWith(`${year}-01-`) && !tet.startsWith(`${year}-02-`)) {
        problems.push(`${at('tetFirstDay')}: ngày đầu Tết phải trong tháng 1 hoặc 2 năm ${year} (Tết starts in January or February)`);
      }
    });
  }
  const seen = new Map<LocalDate, string>();
  const claim = (day: LocalDate, what: string, field: string) => {
    const before = seen.get(day);
    if (before) problems.push(`${at(field)}: ngày ${formatVnDate(day)} đã được công bố là ${before} (already announced as ${before})`);
    else seen.set(day, what);
  };
  (data.swaps ?? []).forEach((swap, i) => {
    const field = `swaps.${i}`;
    if (!isLocalDate(swap.dayOff) || !isLocalDate(swap.makeUpOn)) {
      problems.push(`${at(field)}: dayOff và makeUpOn phải là ngày YYYY-MM-DD (both must be calendar dates)`);
      return;
    }
    if (isRest(swap.dayOff))
      problems.push(
        `${at(field)}.dayOff: ${formatVnDate(swap.dayOff)} đã là ngày nghỉ hằng tuần, không hoán đổi được (already a weekly rest day)`,
      );
    if (!isRest(swap.makeUpOn))
      problems.push(
        `${at(field)}.makeUpOn: ngày làm bù ${formatVnDate(swap.makeUpOn)} phải là ngày nghỉ hằng tuần (a make-up day must be a weekly rest day)`,
      );
    if (Math.abs(toEpochDay(swap.dayOff) - toEpochDay(swap.makeUpOn)) > MAX_SWAP_DISTANCE_DAYS) {
      problems.push(
        `${at(field)}: ngày nghỉ và ngày làm bù cách nhau quá ${MAX_SWAP_DISTANCE_DAYS} ngày (days more than ${MAX_SWAP_DISTANCE_DAYS} days apart)`,
      );
    }
    if (!swap.dayOff.startsWith(`${year}-`))
      problems.push(`${at(field)}.dayOff: ngày nghỉ hoán đổi phải thuộc năm ${year} (must fall in ${year})`);
    if (swap.notice !== undefined && !swap.notice.trim())
      problems.push(`${at(field)}.notice: văn bản công bố không được để trống (notice must not be blank)`);
    claim(swap.dayOff, 'ngày nghỉ hoán đổi', `${field}.dayOff`);
    claim(swap.makeUpOn, 'ngày làm bù', `${field}.makeUpOn`);
  });
  (data.daysOff ?? []).forEach((day, i) => {
    const field = `daysOff.${i}`;
    date(`${field}.date`, day.date, () => {
      if (!day.date.startsWith(`${year}-`)) problems.push(`${at(field)}.date: ngày nghỉ phải thuộc năm ${year} (must fall in ${year})`);
      if (isRest(day.date))
        problems.push(`${at(field)}.date: ${formatVnDate(day.date)} đã là ngày nghỉ hằng tuần (already a weekly rest day)`);
      claim(day.date, `ngày nghỉ '${day.name}'`, `${field}.date`);
    });
    if (!day.name?.trim()) problems.push(`${at(field)}.name: thiếu tên ngày nghỉ (name is required)`);
    if (!day.notice?.trim()) problems.push(`${at(field)}.notice: thiếu văn bản công bố ngày nghỉ (notice is required)`);
  });
  return problems;
}
