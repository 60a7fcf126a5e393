import type { Report } from '../compute/compute-report';
import { decreeGradeTable, gradeTable, itemTable, matrixTable, overdueTable, summaryTable, type TextTable } from './report-tables';

// One table of the report as CSV (RFC 4180), UTF-8 with a byte-order mark so that Excel
// opens the Vietnamese text correctly.

export const CSV_TABLES = ['summary', 'matrix', 'grades', 'decree-grades', 'overdue', 'items'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const TABLES: Record<CsvTable, (r: Report) => TextTable> = {
  summary: summaryTable,
  matrix: matrixTable,
  grades: gradeTable,
  'decree-grades': decreeGradeTable,
  overdue: overdueTable,
  items: itemTable,
};

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function renderReportCsv(report: Report, table: CsvTable = 'summary'): string {
  const t = TABLES[table](report);
  return '\uFEFF' + [t.headers, ...t.rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
