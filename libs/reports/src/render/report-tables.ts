import { formatVnDate, periodLabelVi, vnDateOf } from '@dondoc/domain';
import type { Report } from '../compute/compute-report';
import { formatRate, type ReportCounts } from '../compute/report-counts';

// The report's tables as rows of text, once, for every format (.docx, .xlsx, .csv).

export interface TextTable {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export const COUNT_HEADERS = [
  'Tổng số nhiệm vụ',
  'Đã đến hạn',
  'Hoàn thành đúng hạn',
  'Trong đó: sau gia hạn',
  'Hoàn thành quá hạn',
  'Chưa hoàn thành, đã quá hạn',
  'Chưa đến hạn',
  'Tỷ lệ đúng hạn',
] as const;

export const countCells = (c: ReportCounts): string[] => [
  String(c.total),
  String(c.due),
  String(c.doneOnTime),
  String(c.doneAfterExtension),
  String(c.doneLate),
  String(c.overdue),
  String(c.notDue),
  formatRate(c.onTimeRate),
];

export const vnDate = (iso: string | null) => (iso ? formatVnDate(vnDateOf(iso)) : '');
/** 'T3' for '2022-03': the year is in the table's title. */
export const monthHeader = (m: string) => `T${Number(m.slice(5))}`;

/** 'a/b': done on time of those due; '–' when nothing was due that month. */
export const matrixCell = (c: ReportCounts) => (c.due === 0 ? (c.total ? 'chưa đến hạn' : '–') : `${c.doneOnTime}/${c.due}`);

export function summaryTable(r: Report): TextTable {
  const rows = r.byUnit.map((u, i) => [String(i + 1), u.name, ...countCells(u.counts)]);
  rows.push(['', 'Tổng cộng', ...countCells(r.totals)]);
  return { name: 'Tổng hợp', headers: ['STT', 'Đơn vị', ...COUNT_HEADERS], rows };
}

export function directiveTable(r: Report): TextTable {
  const rows = r.byDirective.map((d, i) => [String(i + 1), d.number, d.subject, ...countCells(d.counts)]);
  return { name: 'Theo văn bản', headers: ['STT', 'Số, ký hiệu', 'Trích yếu', ...COUNT_HEADERS], rows };
}

export function matrixTable(r: Report): TextTable {
  const rows = r.matrix.rows.map((row, i) => [
    String(i + 1),
    row.unitName,
    ...row.cells.map(matrixCell),
    matrixCell(row.total),
    formatRate(row.total.onTimeRate),
  ]);
  return { name: 'Đơn vị theo tháng', headers: ['STT', 'Đơn vị', ...r.matrix.months.map(monthHeader), 'Cả kỳ', 'Tỷ lệ đúng hạn'], rows };
}

export function gradeTable(r: Report): TextTable {
  const rows = r.grades.map((g, i) => [
    String(i + 1),
    g.unitName,
    g.provisional && g.grade ? `${g.label} (tạm tính)` : g.label,
    `${g.ruleId}: ${g.ruleSource}`,
    g.explanation,
  ]);
  return { name: 'Xếp loại', headers: ['STT', 'Đơn vị', 'Kết quả xếp loại', 'Quy tắc áp dụng', 'Căn cứ'], rows };
}

/** The grade under the decree in force, one row per unit and decree, with every line of its calculation and the text that set it. */
export function decreeGradeTable(r: Report): TextTable {
  const rows = r.decreeGrades.flatMap((g) =>
    g.parts.map((p) => [
      g.unitName,
      `${vnDay(p.from)}–${vnDay(p.to)}`,
      p.evaluation.ruleId,
      p.evaluation.score === null ? '' : String(p.evaluation.score),
      g.provisional && p.evaluation.grade ? `${p.evaluation.label} (tạm tính)` : p.evaluation.label,
      p.evaluation.lines.map((l) => `${l.text} [${l.source}]`).join('\n'),
    ]),
  );
  return {
    name: 'Xếp loại theo nghị định',
    headers: ['Đơn vị', 'Thời gian', 'Quy tắc', 'Điểm', 'Kết quả xếp loại', 'Cách tính (căn cứ)'],
    rows,
  };
}

const vnDay = (day: string) => formatVnDate(day);

export function overdueTable(r: Report): TextTable {
  const rows = r.overdue.map((o, i) => [
    String(i + 1),
    unitName(r, o.unitId),
    o.directiveNumber,
    `Nhiệm vụ ${o.itemRef}`,
    o.period ? periodLabelVi(o.period) : '',
    vnDate(o.dueAt),
    o.workingDaysLate === null ? '' : String(o.workingDaysLate),
  ]);
  return { name: 'Quá hạn', headers: ['STT', 'Đơn vị', 'Văn bản', 'Nhiệm vụ', 'Kỳ báo cáo', 'Hạn', 'Số ngày làm việc quá hạn'], rows };
}

export function itemTable(r: Report): TextTable {
  const rows = r.items.map((o) => [
    unitName(r, o.unitId),
    o.unitId,
    o.directiveNumber,
    o.itemRef,
    o.period ?? '',
    o.dueAt ?? '',
    o.submittedAt ?? '',
    o.outcome,
    o.workingDaysLate === null ? '' : String(o.workingDaysLate),
    o.taskId,
  ]);
  return {
    name: 'Chi tiết',
    headers: [
      'Đơn vị',
      'Mã đơn vị',
      'Văn bản',
      'Nhiệm vụ',
      'Kỳ',
      'Hạn',
      'Ngày báo cáo/nộp',
      'Kết quả',
      'Số ngày làm việc chậm/quá hạn',
      'Mã nhiệm vụ',
    ],
    rows,
  };
}

const unitName = (r: Report, id: string) => r.byUnit.find((u) => u.id === id)?.name ?? id;

/** 'Số liệu tính đến 17 giờ 00 ngày 25/03/2022.' */
export function asOfSentence(asOf: string): string {
  const local = new Date(Date.parse(asOf) + 7 * 3_600_000);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mi = String(local.getUTCMinutes()).padStart(2, '0');
  return `Số liệu tính đến ${hh} giờ ${mi} ngày ${vnDate(asOf)}.`;
}
