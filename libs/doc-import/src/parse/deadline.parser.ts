import type { DatedDeadline } from '../imported-document.types';
import { addDays, endOfMonth, endOfQuarter, isoDate, quarterNumber } from './vietnamese-dates';

export interface DeadlineInfo {
  deadlines: DatedDeadline[];
  workingDays?: number;
  /** "Thường xuyên", "liên tục": explicitly no end date. */
  ongoing: boolean;
}

const B = '(?<![\\p{L}\\d])'; // word start that works for Vietnamese letters
const CUE = `(?:trước|chậm nhất(?:\\s+là)?|hạn chót|không quá|đến hết|hết|hạn|xong trước|hoàn thành trước|hoàn thành|kết thúc|thời hạn|thời gian hoàn thành|thời gian thực hiện|thời gian)`;
// "trước 17 giờ ngày 11/10/2022": an hour may sit between the cue and the date.
const HOUR = '(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?,?\\s*)?';
// "vào sáng Chủ nhật ngày 05/10/2025": the day a one-off action is set for is its deadline.
const ON_DAY = '(?:(?:buổi\\s+)?(?:sáng|chiều|tối)\\s+)?(?:(?:thứ\\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\\s+nhật)\\s*,?\\s*)?';
const DAY_SLASH = new RegExp(
  `${B}(${CUE}|vào\\s+${ON_DAY}(?=ngày))\\s*:?\\s*(?:(?:là|vào)\\s+)?${HOUR}(?:ngày\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?(?![\\d/])`,
  'giu',
);
const DAY_WORDS = new RegExp(
  `${B}(${CUE})\\s*:?\\s*(?:(?:là|vào)\\s+)?${HOUR}ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?`,
  'giu',
);
const MONTH = new RegExp(
  `${B}(trong|trước|hết|đến hết|đến|hoàn thành trong|hoàn thành|cuối|thời gian|thời hạn)\\s*:?\\s*tháng\\s+(\\d{1,2})(?:\\s*(?:/|-|năm)\\s*(\\d{4}))?(?![\\d/])`,
  'giu',
);
const QUARTER = new RegExp(
  `${B}(?:(trong|trước|hết|đến hết|hoàn thành trong|hoàn thành|cuối|thời gian|thời hạn)\\s*:?\\s*)?quý\\s+([IV]{1,3}|[1-4])(?:\\s*(?:/|-|năm)\\s*(\\d{4}))?(?![\\p{L}\\d])`,
  'giu',
);
const HALF_YEAR = new RegExp(`${B}(6|sáu) tháng (đầu|cuối) năm(?:\\s+(\\d{4}))?`, 'giu');
const YEAR = new RegExp(
  `${B}(?<!(?:định hướng|tầm nhìn|giai đoạn \\d{4}\\s*-)\\s*)(trong|trước|hết|đến hết|đến|cuối|hoàn thành trong|hoàn thành|thời gian|thời hạn)\\s*:?\\s*năm\\s+(\\d{4})`,
  'giu',
);
const WORKING_DAYS = new RegExp(`${B}(?:trong\\s+(?:vòng|thời hạn|thời gian)\\s+)?(\\d{1,3})\\s+ngày\\s+làm\\s+việc`, 'iu');
// "trong vòng 10 ngày", "trong 10 ngày kể từ ngày ký": counted from the document date.
const CALENDAR_DAYS = new RegExp(
  `${B}trong\\s+(?:(?:vòng|thời hạn|thời gian)\\s+(\\d{1,3})\\s+ngày(?!\\s+làm\\s+việc)|(\\d{1,3})\\s+ngày(?=\\s*,?\\s*(?:kể từ|tính từ|sau khi)))`,
  'iu',
);
const ONGOING = new RegExp(`${B}(thường xuyên|liên tục|hằng ngày|hàng ngày)(?![\\p{L}])`, 'iu');

// Table cells name the deadline without a cue word: "30/6/2022", "Tháng 6/2022", "Năm 2022".
const CELL_DATE = /^(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?$/iu;
const CELL_MONTH = /^tháng\s+(\d{1,2})(?:\s*(?:\/|-|năm)\s*(\d{4}))?$/iu;
const CELL_YEAR = /^(?:trong\s+|cả\s+)?năm\s+(\d{4})$/iu;
// "2023 - 2025", "Giai đoạn 2023-2025": done by the end of the last year.
const CELL_YEARS = /^(?:giai đoạn\s+|năm\s+|từ\s+năm\s+)?(\d{4})\s*(?:-|–|—|đến)\s*(?:năm\s+)?(\d{4})$/iu;

/**
 * Dated deadlines in a task. Only dates after a cue word ("trước ngày", "chậm nhất",
 * "trong tháng", "quý") count, so cited documents ("Chỉ thị số 26/CT-TTg ngày 05/9/2016")
 * are not mistaken for deadlines. Dates without a year take the document's year, or the
 * next one when that would fall before the document.
 */
export function parseDeadlines(text: string, docDate: string | null, opts: { cell?: boolean } = {}): DeadlineInfo {
  const flat = text.replace(/\s+/g, ' ').trim();
  const docYear = docDate ? Number(docDate.slice(0, 4)) : null;
  // "weak": a period named without a cue word ("số liệu quý I/2022") — a deadline only
  // when the text states no cued one.
  const found: (DatedDeadline & { at: number; weak: boolean })[] = [];
  const add = (date: string | null, phrase: string, at: number, weak = false): void => {
    if (date && !found.some((f) => f.date === date && f.at === at)) found.push({ date, phrase: phrase.trim(), at, weak });
  };
  const year = (y: string | undefined, month: number, day: number): number | null => {
    if (y) return Number(y);
    if (docYear === null) return null;
    const guess = isoDate(docYear, month, day);
    return guess && docDate && guess < docDate ? docYear + 1 : docYear;
  };

  for (const m of flat.matchAll(DAY_SLASH)) {
    const [d, mo] = [Number(m[2]), Number(m[3])];
    const y = year(m[4], mo, d);
    if (y !== null) add(isoDate(y, mo, d), m[0], m.index ?? 0);
  }
  for (const m of flat.matchAll(DAY_WORDS)) {
    const [d, mo] = [Number(m[2]), Number(m[3])];
    const y = year(m[4], mo, d);
    if (y !== null) add(isoDate(y, mo, d), m[0], m.index ?? 0);
  }
  for (const m of flat.matchAll(MONTH)) {
    if (/ngày\s*\d*\s*$/u.test(flat.slice(0, m.index ?? 0))) continue; // "ngày 15 tháng 3" handled above
    const mo = Number(m[2]);
    const y = year(m[3], mo, 28);
    if (y === null) continue;
    // "trước tháng 6" means by the end of May.
    const before = /^trước$/iu.test(m[1]);
    add(before ? endOfMonth(mo === 1 ? y - 1 : y, mo === 1 ? 12 : mo - 1) : endOfMonth(y, mo), m[0], m.index ?? 0);
  }
  for (const m of flat.matchAll(QUARTER)) {
    const q = quarterNumber(m[2]);
    if (!q || (!m[1] && !m[3])) continue; // a bare "quý II" without cue or year is not a deadline
    const y = m[3] ? Number(m[3]) : docYear;
    if (y === null) continue;
    const before = m[1] && /^trước$/iu.test(m[1]);
    add(before ? (q === 1 ? endOfMonth(y - 1, 12) : endOfQuarter(y, q - 1)) : endOfQuarter(y, q), m[0], m.index ?? 0, !m[1] && !opts.cell);
  }
  for (const m of flat.matchAll(HALF_YEAR)) {
    const y = m[3] ? Number(m[3]) : docYear;
    if (y !== null) add(/đầu/iu.test(m[2]) ? `${y}-06-30` : `${y}-12-31`, m[0], m.index ?? 0, !opts.cell);
  }
  for (const m of flat.matchAll(YEAR)) {
    const y = Number(m[2]);
    add(/^trước$/iu.test(m[1]) ? `${y - 1}-12-31` : `${y}-12-31`, m[0], m.index ?? 0);
  }

  if (opts.cell) parseCell(flat, docDate, year, add);

  const strong = found.some((f) => !f.weak);
  const info: DeadlineInfo = {
    deadlines: found
      .filter((f) => !strong || !f.weak)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(({ date, phrase }) => ({ date, phrase })),
    ongoing: ONGOING.test(flat),
  };
  const wd = WORKING_DAYS.exec(flat);
  if (wd) info.workingDays = Number(wd[1]);
  const cd = CALENDAR_DAYS.exec(flat);
  if (cd && docDate) {
    info.deadlines.push({ date: addDays(docDate, Number(cd[1] ?? cd[2])), phrase: cd[0] });
    info.deadlines.sort((a, b) => a.date.localeCompare(b.date));
  }
  return info;
}

function parseCell(
  flat: string,
  docDate: string | null,
  year: (y: string | undefined, month: number, day: number) => number | null,
  add: (date: string | null, phrase: string, at: number) => void,
): void {
  const cell = flat.replace(/[.;]+$/, '').trim();
  let m = CELL_DATE.exec(cell);
  if (m) {
    const y = year(m[3], Number(m[2]), Number(m[1]));
    if (y !== null) add(isoDate(y, Number(m[2]), Number(m[1])), cell, 0);
    return;
  }
  if ((m = CELL_MONTH.exec(cell))) {
    const y = m[2] ? Number(m[2]) : docDate ? Number(docDate.slice(0, 4)) : null;
    if (y !== null) add(endOfMonth(y, Number(m[1])), cell, 0);
    return;
  }
  if ((m = CELL_YEAR.exec(cell))) add(`${m[1]}-12-31`, cell, 0);
  else if ((m = CELL_YEARS.exec(cell)) && Number(m[2]) >= Number(m[1])) add(`${m[2]}-12-31`, cell, 0);
}
