import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';

// An administrative document laid out as Nghị định 30/2020/NĐ-CP (công tác văn thư),
// Phụ lục I presents it: A4 portrait; margins top and bottom 20–25 mm, left 30–35 mm,
// right 15–20 mm; Times New Roman (Unicode, TCVN 6909:2001), black; page numbers from the
// second page, centred in the top margin. The heading is a two-column block: the issuing
// body (upper case, bold, a short rule below) and "Số: …/…" on the left; the national
// motto (quốc hiệu upper case 12–13 pt bold, 12 here so that it fits one line, tiêu ngữ 13–14 pt bold with a rule as long as
// it) and "Địa danh, ngày … tháng … năm …" (italic) on the right. At the end, "Nơi nhận:"
// (12 pt bold italic, list 11 pt) on the left and the signature block (authority and
// title upper case bold, name bold) on the right. Body text 14 pt, justified, first line
// indented 1.27 cm, at least 6 pt between paragraphs.

const mm = (v: number) => Math.round((v / 25.4) * 1440); // twips
const A4 = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/** Width of the text column in twips (A4 less the left and right margins). */
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;
export const FONT = 'Times New Roman';
const pt = (size: number) => size * 2; // docx sizes are half-points

export interface Signer {
  /** 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'…; absent when the signer signs in their own name. */
  readonly authority?: string;
  /** 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH'. */
  readonly title: string;
  readonly name: string;
}

export interface OfficialHeading {
  /** Cơ quan chủ quản (the body above the issuer), when there is one. */
  readonly parentAgency?: string;
  /** Cơ quan ban hành, e.g. 'ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ'. */
  readonly agency: string;
  /** Ký hiệu after the blank number, e.g. 'BC-UBND' gives 'Số:      /BC-UBND'. */
  readonly symbol: string;
  /** A number already given (a letter the issuer numbered); blank to be filled in otherwise. */
  readonly number?: string;
  /** Trích yếu of a công văn ('V/v …'), under the number. */
  readonly abstract?: string;
  readonly place: string;
  /** 'YYYY-MM-DD' when dated; otherwise the day and month are left blank for the signer. */
  readonly date?: string;
  /** The year to print when the date is blank. */
  readonly year: number;
}

export interface OfficialDocument {
  readonly heading: OfficialHeading;
  /** Tên loại văn bản ('BÁO CÁO'); a công văn has none. */
  readonly kind?: string;
  /** Trích yếu under the kind (for a report). */
  readonly title?: string;
  /** 'Kính gửi: …' lines (a công văn). */
  readonly addressees?: readonly string[];
  readonly body: readonly (Paragraph | Table)[];
  readonly recipients: readonly string[];
  readonly signer: Signer;
  /** Appendices on landscape pages (wide tables). */
  readonly appendices?: readonly { readonly title: string; readonly subtitle?: string; readonly content: readonly (Paragraph | Table)[] }[];
}

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({ text, font: FONT, bold: o.bold, italics: o.italics, size: pt(o.size ?? 14), underline: o.underline ? {} : undefined });

const centred = (children: ParagraphChild[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after, before: 0 }, children });

/** A body paragraph: 14 pt, justified, first line indented 1.27 cm, 6 pt after. */
export function bodyParagraph(text: string | ParagraphChild[], o: { bold?: boolean; italics?: boolean; indent?: boolean } = {}): Paragraph {
  const children = typeof text === 'string' ? [run(text, o)] : text;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: o.indent === false ? undefined : { firstLine: mm(12.7) },
    spacing: { before: 0, after: 120, line: 276 },
    children,
  });
}

export const textRun = run;

const noBorders = TableBorders.NONE;

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP, borders: noBorders });
}

/** A rule under centred text, `width` twips long, inside a column `column` twips wide. */
function rule(column: number, width: number): Paragraph {
  const side = Math.max(0, Math.round((column - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 4 })],
  });
}

function dateLine(h: OfficialHeading): string {
  if (!h.date) return `${h.place}, ngày      tháng      năm ${h.year}`;
  const [y, m, d] = h.date.split('-').map(Number);
  // Day and month below 10 (and month 1–2) take a leading zero, as the Decree writes them.
  const dd = d < 10 ? `0${d}` : String(d);
  const mmText = m < 3 ? `0${m}` : String(m);
  return `${h.place}, ngày ${dd} tháng ${mmText} năm ${y}`;
}

function headingTable(h: OfficialHeading): Table {
  // The motto's column is the wider one: the quốc hiệu must stay on one line.
  const left = Math.round(TEXT_WIDTH * 0.38);
  const right = TEXT_WIDTH - left;
  const leftCell: Paragraph[] = [];
  if (h.parentAgency) leftCell.push(centred([run(h.parentAgency.toUpperCase(), { size: 13 })]));
  leftCell.push(centred([run(h.agency.toUpperCase(), { size: 13, bold: true })]));
  leftCell.push(rule(left, Math.round(left / 3)));
  leftCell.push(centred([run(`Số: ${h.number ?? '        '}/${h.symbol}`, { size: 13 })], 60));
  if (h.abstract) leftCell.push(centred([run(h.abstract, { size: 12 })]));
  const rightCell = [
    centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true })]),
    centred([run('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, underline: true })], 240),
    centred([run(dateLine(h), { size: 14, italics: true })]),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: noBorders,
    rows: [new TableRow({ children: [cell(leftCell, left), cell(rightCell, right)] })],
  });
}

function closingTable(recipients: readonly string[], signer: Signer): Table {
  const left = Math.round(TEXT_WIDTH * 0.5);
  const right = TEXT_WIDTH - left;
  const leftCell = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('Nơi nhận:', { size: 12, bold: true, italics: true })] }),
    ...recipients.map(
      (r, i) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          children: [run(`- ${r}${i === recipients.length - 1 ? '.' : ';'}`, { size: 11 })],
        }),
    ),
  ];
  const rightCell = [
    ...(signer.authority ? [centred([run(signer.authority.toUpperCase(), { size: 14, bold: true })])] : []),
    centred([run(signer.title.toUpperCase(), { size: 14, bold: true })], 1440),
    centred([run(signer.name, { size: 14, bold: true })]),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: noBorders,
    rows: [new TableRow({ children: [cell(leftCell, left), cell(rightCell, right)] })],
  });
}

const pageNumbers = () => ({
  default: new Header({ children: [centred([new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })])] }),
  first: new Header({ children: [] }),
});

/** The .docx bytes of the document. */
export async function renderOfficialDocument(doc: OfficialDocument): Promise<Buffer> {
  const opening: (Paragraph | Table)[] = [headingTable(doc.heading), new Paragraph({ spacing: { after: 120 }, children: [] })];
  if (doc.kind) opening.push(centred([run(doc.kind.toUpperCase(), { bold: true, size: 14 })]));
  if (doc.title) opening.push(centred([run(doc.title, { bold: true, size: 14 })], 240));
  if (doc.addressees?.length) {
    const [first, ...rest] = doc.addressees;
    opening.push(centred([run('Kính gửi: ', { size: 14 }), run(first, { size: 14 })], rest.length ? 0 : 240));
    rest.forEach((a, i) => opening.push(centred([run(`- ${a}`, { size: 14 })], i === rest.length - 1 ? 240 : 0)));
  }
  const sections: ISectionOptions[] = [
    {
      properties: { page: { size: A4, margin: MARGIN }, titlePage: true },
      headers: pageNumbers(),
      children: [
        ...opening,
        ...doc.body,
        new Paragraph({ spacing: { after: 120 }, children: [] }),
        closingTable(doc.recipients, doc.signer),
      ],
    },
  ];
  for (const appendix of doc.appendices ?? []) {
    sections.push({
      properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
      headers: { default: pageNumbers().default },
      children: [
        centred([run(appendix.title.toUpperCase(), { bold: true, size: 14 })]),
        ...(appendix.subtitle ? [centred([run(appendix.subtitle, { italics: true, size: 14 })], 240)] : []),
        ...appendix.content,
      ],
    });
  }
  const document = new Document({
    creator: 'dondoc',
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections,
  });
  return Packer.toBuffer(document);
}
