import type { Paragraph, Table } from 'docx';
import type { Report } from '../compute/compute-report';
import { formatRate } from '../compute/report-counts';
import type { DocumentIssuer } from './document-issuer';
import { gridTable, type GridColumn } from './grid-table.docx';
import { LANDSCAPE_TEXT_WIDTH, bodyParagraph, renderOfficialDocument, textRun } from './official-document.docx';
import { asOfSentence, decreeGradeTable, gradeTable, matrixTable, overdueTable, summaryTable, type TextTable } from './report-tables';

// The report as an administrative document (Báo cáo kết quả thực hiện nhiệm vụ), a draft
// for the office to number, date and sign: the figures in the body, the tables in
// appendices on landscape pages.

const INLINE_LIMIT = 10;

function table(t: TextTable, weights: number[], size = 11): Table {
  const columns: GridColumn[] = t.headers.map((header, i) => ({ header, weight: weights[i] ?? 1, align: i === 1 ? 'left' : 'center' }));
  return gridTable(columns, t.rows, LANDSCAPE_TEXT_WIDTH, { size, boldLastRow: t.name === 'Tổng hợp' });
}

export async function renderReportDocx(report: Report, issuer: DocumentIssuer): Promise<Buffer> {
  const t = report.totals;
  const scope = report.scope.kind === 'province' ? 'trên địa bàn tỉnh' : `của ${report.scope.label}`;
  const body: (Paragraph | Table)[] = [
    bodyParagraph('I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', { bold: true, indent: false }),
    bodyParagraph(
      `${asOfSentence(report.asOf)} Trong ${report.window.label}, tổng số nhiệm vụ ${scope} phải thực hiện là ${t.total}; ` +
        `đã đến hạn ${t.due}, trong đó: hoàn thành đúng hạn ${t.doneOnTime} (có ${t.doneAfterExtension} nhiệm vụ hoàn thành trong thời hạn được gia hạn), ` +
        `hoàn thành quá hạn ${t.doneLate}, chưa hoàn thành đã quá hạn ${t.overdue}; chưa đến hạn ${t.notDue}. ` +
        `Tỷ lệ hoàn thành đúng hạn (tính cả gia hạn được chấp thuận): ${formatRate(t.onTimeRate)}.`,
    ),
    bodyParagraph('Số liệu chi tiết theo đơn vị tại Phụ lục I, theo tháng tại Phụ lục II.', { italics: true }),
  ];

  body.push(bodyParagraph('II. NHIỆM VỤ CHƯA HOÀN THÀNH, ĐÃ QUÁ HẠN', { bold: true, indent: false }));
  const behind = report.byUnit.filter((u) => u.counts.overdue > 0).sort((a, b) => b.counts.overdue - a.counts.overdue);
  if (behind.length === 0) {
    body.push(bodyParagraph('Không có nhiệm vụ chưa hoàn thành đã quá hạn.'));
  } else {
    body.push(bodyParagraph(`Có ${behind.length} đơn vị còn ${t.overdue} nhiệm vụ chưa hoàn thành đã quá hạn (danh sách tại Phụ lục IV):`));
    for (const u of behind.slice(0, INLINE_LIMIT)) body.push(bodyParagraph(`- ${u.name}: ${u.counts.overdue} nhiệm vụ.`));
    if (behind.length > INLINE_LIMIT) body.push(bodyParagraph(`- Và ${behind.length - INLINE_LIMIT} đơn vị khác.`));
  }

  body.push(bodyParagraph('III. ĐÁNH GIÁ, XẾP LOẠI', { bold: true, indent: false }));
  const provisional = report.grades.some((g) => g.provisional);
  body.push(
    bodyParagraph(
      `Kết quả xếp loại theo tiến độ thực hiện nhiệm vụ ${report.window.kind === 'year' ? 'năm' : report.window.label}` +
        `${provisional ? ' (tạm tính, chưa hết năm)' : ''}; quy tắc áp dụng và căn cứ của từng đơn vị tại Phụ lục III.`,
    ),
  );
  for (const g of report.grades.slice(0, INLINE_LIMIT)) {
    body.push(bodyParagraph([textRun(`- ${g.unitName}: `), textRun(g.label, { bold: true }), textRun(`. ${g.explanation}`)]));
  }
  if (report.grades.length > INLINE_LIMIT) body.push(bodyParagraph(`- Các đơn vị còn lại: xem Phụ lục III.`));
  body.push(
    bodyParagraph(
      'Xếp loại theo nghị định có hiệu lực trong kỳ (Nghị định 90/2020/NĐ-CP trước ngày 01/01/2026, Nghị định 335/2025/NĐ-CP từ ngày đó); cách tính từng dòng và căn cứ tại Phụ lục V.',
    ),
  );
  for (const g of report.decreeGrades.slice(0, INLINE_LIMIT)) {
    for (const p of g.parts) {
      const score = p.evaluation.score === null ? '' : ` (${p.evaluation.score}${p.decree === 'nd335-2025' ? ' điểm' : '% đạt yêu cầu'})`;
      body.push(
        bodyParagraph([
          textRun(`- ${g.unitName}: `),
          textRun(p.evaluation.label, { bold: true }),
          textRun(`${score}${g.provisional && p.evaluation.grade ? ', tạm tính' : ''}.`),
        ]),
      );
    }
  }
  if (report.decreeGrades.length > INLINE_LIMIT) body.push(bodyParagraph(`- Các đơn vị còn lại: xem Phụ lục V.`));

  body.push(bodyParagraph('IV. KIẾN NGHỊ', { bold: true, indent: false }));
  body.push(
    bodyParagraph(
      'Đề nghị Thủ trưởng các cơ quan, đơn vị, địa phương có nhiệm vụ chưa hoàn thành đã quá hạn khẩn trương chỉ đạo hoàn thành, ' +
        'báo cáo kết quả; chấn chỉnh tình trạng chậm báo cáo, bảo đảm kỷ luật, kỷ cương hành chính.',
    ),
  );

  const summary = summaryTable(report);
  const matrix = matrixTable(report);
  const months = report.matrix.months.length;
  return renderOfficialDocument({
    heading: { agency: issuer.agency, symbol: `BC-${issuer.symbolOrg}`, place: issuer.place, year: report.window.year },
    kind: 'Báo cáo',
    title: `Kết quả thực hiện nhiệm vụ ${report.window.label} ${scope}`,
    body,
    recipients: [
      'Thường trực Tỉnh ủy',
      'Thường trực HĐND tỉnh',
      'CT, các PCT UBND tỉnh',
      report.scope.kind === 'unit' ? report.scope.label : 'Các sở, ban, ngành; UBND các huyện, thị xã, thành phố',
      'Lưu: VT',
    ],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: issuer.chairman?.name ?? '' },
    appendices: [
      {
        title: 'Phụ lục I',
        subtitle: `Kết quả thực hiện nhiệm vụ theo đơn vị, ${report.window.label}`,
        content: [table(summary, [3, 18, 6, 6, 7, 6, 7, 7, 6, 7])],
      },
      {
        title: 'Phụ lục II',
        subtitle: `Đúng hạn/đến hạn theo đơn vị và tháng, ${report.window.label}`,
        content: [table(matrix, [3, 16, ...Array(months).fill(months > 3 ? 4 : 8), 5, 6], months > 3 ? 9 : 11)],
      },
      {
        title: 'Phụ lục III',
        subtitle: `Xếp loại theo tiến độ, ${report.window.label}`,
        content: [table(gradeTable(report), [3, 14, 12, 18, 30])],
      },
      {
        title: 'Phụ lục IV',
        subtitle: 'Nhiệm vụ chưa hoàn thành, đã quá hạn',
        content: [table(overdueTable(report), [3, 18, 10, 10, 10, 8, 8])],
      },
      {
        title: 'Phụ lục V',
        subtitle: `Xếp loại theo nghị định và cách tính, ${report.window.label}`,
        content: [table(decreeGradeTable(report), [14, 10, 8, 6, 12, 50], 9)],
      },
    ],
  });
}
