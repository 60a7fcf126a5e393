import { LocalDate, localDate, parseLocalDate } from '../time/local-date.util';
import {
  NEW_MOON_EPOCH,
  SYNODIC_MONTH,
  getLeapMonthOffset,
  getLunarMonth11,
  getNewMoonDay,
  jdFromDate,
  jdToDate,
} from './lunar-astronomy.util';

// Conversions between the solar (Gregorian) calendar and the Vietnamese lunar calendar,
// computed (Hồ Ngọc Đức's algorithm) rather than typed in per year, so that Tết and
// Giỗ Tổ Hùng Vương are right for any year without a data update.

/** Vietnam's standard time, in hours east of UTC. */
export const VN_LUNAR_TIME_ZONE = 7;

export interface LunarDate {
  readonly day: number;
  readonly month: number; // 1..12
  readonly year: number; // the lunar year, named after the solar year in which it mostly falls
  readonly leap: boolean; // true for the intercalary repeat of `month`
}

export function convertSolar2Lunar(day: number, month: number, year: number, timeZone = VN_LUNAR_TIME_ZONE): LunarDate {
  const dayNumber = jdFromDate(day, month, year);
  const k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = getNewMoonDay(k + 1, timeZone);
  if (monthStart > dayNumber) monthStart = getNewMoonDay(k, timeZone);
  let a11 = getLunarMonth11(year, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = getLunarMonth11(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = getLunarMonth11(year + 1, timeZone);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapMonthDiff = getLeapMonthOffset(a11, timeZone);
    if (diff >= leapMonthDiff) {
      lunarMonth = diff + 10;
      if (diff === leapMonthDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

/** Solar date of a lunar date, or undefined when that leap month does not exist. */
export function convertLunar2Solar(
  lunarDay: number,
  lunarMonth: number,
  lunarYear: number,
  lunarLeap = false,
  timeZone = VN_LUNAR_TIME_ZONE,
): { day: number; month: number; year: number } | undefined {
  let a11: number;
  let b11: number;
  if (lunarMonth < 11) {
    a11 = getLunarMonth11(lunarYear - 1, timeZone);
    b11 = getLunarMonth11(lunarYear, timeZone);
  } else {
    a11 = getLunarMonth11(lunarYear, timeZone);
    b11 = getLunarMonth11(lunarYear + 1, timeZone);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = lunarMonth - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = getLeapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (lunarLeap && lunarMonth !== leapMonth) return undefined;
    if (lunarLeap || off >= leapOff) off += 1;
  } else if (lunarLeap) {
    return undefined;
  }
  const monthStart = getNewMoonDay(k + off, timeZone);
  return jdToDate(monthStart + lunarDay - 1);
}

/** Lunar date of a solar LocalDate, in Vietnam time. */
export function lunarDateOf(day: LocalDate): LunarDate {
  const { year, month, day: d } = parseLocalDate(day);
  return convertSolar2Lunar(d, month, year);
}

/** Solar LocalDate of a (non-leap unless asked) lunar date, in Vietnam time. */
export function solarDateOfLunar(lunarDay: number, lunarMonth: number, lunarYear: number, leap = false): LocalDate {
  const solar = convertLunar2Solar(lunarDay, lunarMonth, lunarYear, leap);
  if (!solar) throw new RangeError(`Lunar year ${lunarYear} has no leap month ${lunarMonth}`);
  return localDate(solar.year, solar.month, solar.day);
}

/** Mùng 1 tháng Giêng: the first day of lunar year `year`. */
export function lunarNewYear(year: number): LocalDate {
  return solarDateOfLunar(1, 1, year);
}

const MONTH_NAMES = ['Giêng', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Chạp'];

/** How a lunar date is said in Vietnamese: 'mùng 1 tháng Giêng', '29 tháng Chạp'. */
export function formatLunarDateVi(date: LunarDate): string {
  const day = date.day <= 10 ? `mùng ${date.day}` : String(date.day);
  return `${day} tháng ${date.leap ? 'nhuận ' : ''}${MONTH_NAMES[date.month - 1]}`;
}
