import type { Recurrence, RecurrenceEvery } from '../imported-document.types';

const B = '(?<![\\p{L}\\d])';
const MONTHLY = new RegExp(`${B}(?:(?:hằng|hàng|mỗi)\\s+tháng|định kỳ\\s+tháng|báo cáo tháng)(?![\\p{L}])`, 'giu');
const QUARTERLY = new RegExp(`${B}(?:(?:hằng|hàng|mỗi)\\s+quý|định kỳ\\s+(?:theo\\s+)?quý|theo quý|báo cáo quý)(?![\\p{L}])`, 'giu');
// Only an explicit cadence: "trong vòng 6 tháng" is a time limit, not a rhythm.
const HALF_YEARLY = new RegExp(
  `${B}(?:định kỳ\\s+(?:6|sáu)\\s+tháng|(?:6|sáu)\\s+tháng\\s+(?:một lần|\\/\\s*lần)|(?:báo cáo|sơ kết)\\s+(?:6|sáu)\\s+tháng(?!\\s+(?:đầu|cuối)))`,
  'giu',
);
const YEARLY = new RegExp(
  `${B}(?:(?:hằng|hàng|mỗi)\\s+năm|định kỳ\\s+năm|cuối năm(?!\\s+\\d{4})|báo cáo năm|tổng kết năm|\\d{1,2}\\s+lần\\s*\\/\\s*năm)(?![\\p{L}])`,
  'giu',
);
const WEEKLY = new RegExp(`${B}(?:hằng|hàng|mỗi)\\s+tuần(?![\\p{L}])`, 'iu');

const MONTH_DUE = new RegExp(
  `${B}(?:trước|vào|chậm nhất(?:\\s+là)?|trong)\\s+ngày\\s+(\\d{1,2})\\s+(?:(?:hằng|hàng|của mỗi|mỗi|của|các)\\s+)?tháng(?!\\s+\\d)`,
  'iu',
);
const QUARTER_DUE = new RegExp(`${B}(?:trước|vào|chậm nhất)\\s+ngày\\s+(\\d{1,2})\\s+(?:của\\s+)?tháng\\s+cuối\\s+(?:mỗi\\s+)?quý`, 'iu');
// "định kỳ hằng tháng, trước ngày 25", "hằng tháng (trước ngày 20)": the cadence, then its day.
const MONTH_THEN_DUE = new RegExp(
  `${B}(?:hằng|hàng|mỗi)\\s+tháng[^.;]{0,40}?(?:trước|vào|chậm nhất(?:\\s+là)?)\\s+ngày\\s+(\\d{1,2})(?!\\d)(?!\\s*[/.-]\\s*\\d)(?!\\s+tháng)(?!\\s+của\\s+tháng\\s+(?:cuối|đầu))`,
  'iu',
);
const YEAR_THEN_DUE = new RegExp(
  `${B}(?:hằng|hàng|mỗi)\\s+năm[^.;]{0,40}?(?:trước|vào|chậm nhất(?:\\s+là)?)\\s+ngày\\s+(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?!\\d)(?!\\s*[/-]\\s*\\d)`,
  'iu',
);
const YEAR_DUE = new RegExp(
  `${B}(?:trước|vào|chậm nhất(?:\\s+là)?)\\s+ngày\\s+(\\d{1,2})\\s*(?:[/-]|\\s+tháng\\s+)\\s*(\\d{1,2})\\s+(?:của\\s+)?(?:hằng|hàng|mỗi)\\s+năm`,
  'iu',
);

export interface RecurrenceInfo {
  recurrence: Recurrence | null;
  notes: string[];
  /**
   * Named only by a report's name ("báo cáo sơ kết 6 tháng", "tổng kết năm", "cuối năm"),
   * with no "hằng/định kỳ/mỗi": one report when the task also gives its date.
   */
  weak?: boolean;
}

const EXPLICIT_CADENCE = new RegExp(`${B}(?:hằng|hàng|mỗi|định kỳ|theo quý|\\d{1,2}\\s+lần)(?![\\p{L}])|\\/\\s*lần`, 'iu');

/**
 * The reporting or review cadence a task states. When several are stated ("định kỳ hàng
 * tháng, cuối năm có đánh giá") the finest wins: that is the one reminders must follow.
 */
export function parseRecurrence(text: string): RecurrenceInfo {
  const flat = text.replace(/\s+/g, ' ');
  const notes: string[] = [];
  let m = YEAR_DUE.exec(flat) ?? YEAR_THEN_DUE.exec(flat);
  if (m) return { recurrence: { every: 'year', dueDay: Number(m[1]), dueMonth: Number(m[2]) }, notes };
  m = QUARTER_DUE.exec(flat);
  if (m) return { recurrence: { every: 'quarter', dueDay: Number(m[1]) }, notes };
  const monthDue = MONTH_DUE.exec(flat) ?? MONTH_THEN_DUE.exec(flat);
  const monthly = (flat.match(MONTHLY) ?? []).length;
  if (monthDue && (monthly > 0 || /(?:hằng|hàng|mỗi)\s+tháng/iu.test(monthDue[0]))) {
    return { recurrence: { every: 'month', dueDay: Number(monthDue[1]) }, notes };
  }
  const order: [RecurrenceEvery, number, number | undefined][] = [
    ['month', monthly, undefined],
    ['quarter', (flat.match(QUARTERLY) ?? []).length, undefined],
    ['month', (flat.match(HALF_YEARLY) ?? []).length, 6],
    ['year', (flat.match(YEARLY) ?? []).length, undefined],
  ];
  if (WEEKLY.test(flat)) notes.push('Văn bản yêu cầu thực hiện hằng tuần; chu kỳ tuần chưa được hỗ trợ, cần đặt lịch thủ công.');
  for (const [every, count, interval] of order) {
    if (count > 0) return { recurrence: interval ? { every, interval } : { every }, notes, weak: !EXPLICIT_CADENCE.test(flat) };
  }
  return { recurrence: null, notes };
}

/**
 * A cadence the document sets for evaluating or reporting on all its tasks, e.g.
 * "định kỳ hàng tháng, cuối năm có đánh giá, phân loại rõ kết quả thực hiện".
 */
export function evaluationCadence(text: string): { every: RecurrenceEvery; interval?: number; phrase: string } | null {
  const flat = text.replace(/\s+/g, ' ');
  const near = /(đánh giá|báo cáo|kiểm điểm|phân loại|sơ kết|tổng kết|tổng hợp|nhận xét)/iu;
  for (const [re, every, interval] of [
    [MONTHLY, 'month', undefined],
    [QUARTERLY, 'quarter', undefined],
    [HALF_YEARLY, 'month', 6],
    [YEARLY, 'year', undefined],
  ] as const) {
    for (const m of flat.matchAll(re)) {
      const at = m.index ?? 0;
      const window = flat.slice(Math.max(0, at - 60), at + m[0].length + 80);
      if (near.test(window))
        return interval ? { every, interval, phrase: clauseAround(flat, at) } : { every, phrase: clauseAround(flat, at) };
    }
  }
  return null;
}

// "định kỳ hàng tháng, cuối năm có đánh giá, phân loại rõ kết quả thực hiện": the words
// from the cadence to the end of its clause, quoted in the warning.
function clauseAround(flat: string, at: number): string {
  const lead = flat.slice(Math.max(0, at - 12), at);
  const start = /định kỳ\s*$/iu.test(lead) ? at - (lead.length - lead.search(/định kỳ\s*$/iu)) : at;
  const rest = flat.slice(start);
  const end = rest.search(/[.;]/);
  const clause = end >= 0 ? rest.slice(0, end) : rest;
  return clause.length > 100 ? `${clause.slice(0, 100)}…` : clause;
}
