import { Workbook, type Worksheet } from 'exceljs';
import type { Report } from '../compute/compute-report';
import {
  asOfSentence,
  decreeGradeTable,
  directiveTable,
  gradeTable,
  itemTable,
  matrixTable,
  overdueTable,
  summaryTable,
  type TextTable,
} from './report-tables';

// The report as a workbook: one sheet per table, a title and the date of the figures
// above each, numbers stored as numbers so they can be summed and charted.

const NUMBER = /^-?\d+$/;

function addSheet(workbook: Workbook, table: TextTable, title: string, asOf: string): Worksheet {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.addRow([title]).font = { bold: true, size: 13, name: 'Times New Roman' };
  sheet.addRow([asOfSentence(asOf)]).font = { italic: true, name: 'Times New Roman' };
  sheet.addRow([]);
  const header = sheet.addRow([...table.headers]);
  header.font = { bold: true, name: 'Times New Roman' };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  for (const row of table.rows) sheet.addRow(row.map((v) => (NUMBER.test(v) ? Number(v) : v))).font = { name: 'Times New Roman' };
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(...table.rows.map((r) => (r[i] ?? '').length), 6);
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  return sheet;
}

export async function renderReportXlsx(report: Report): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'dondoc';
  const heading = `Kết quả thực hiện nhiệm vụ ${report.window.label} — ${report.scope.label}`;
  addSheet(workbook, summaryTable(report), heading, report.asOf);
  addSheet(workbook, directiveTable(report), `${heading}: theo văn bản`, report.asOf);
  addSheet(workbook, matrixTable(report), `${heading}: đúng hạn/đến hạn theo tháng`, report.asOf);
  addSheet(workbook, gradeTable(report), `${heading}: xếp loại`, report.asOf);
  addSheet(workbook, decreeGradeTable(report), `${heading}: xếp loại theo nghị định, cách tính`, report.asOf);
  addSheet(workbook, overdueTable(report), `${heading}: nhiệm vụ chưa hoàn thành, đã quá hạn`, report.asOf);
  addSheet(workbook, itemTable(report), `${heading}: chi tiết`, report.asOf);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
