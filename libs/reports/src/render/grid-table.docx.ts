import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { FONT } from './official-document.docx';

// A ruled table for a document's figures (the appendix of a report, the list of a letter).

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

export interface GridColumn {
  readonly header: string;
  /** Share of the table's width. */
  readonly weight: number;
  readonly align?: 'left' | 'center' | 'right';
}

export function gridTable(
  columns: readonly GridColumn[],
  rows: readonly (readonly string[])[],
  width: number,
  o: { size?: number; boldLastRow?: boolean } = {},
): Table {
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => Math.floor((width * c.weight) / total));
  const size = (o.size ?? 12) * 2;
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 30, bottom: 30, left: 60, right: 60 },
      children: text.split('\n').map(
        (part) =>
          new Paragraph({
            alignment:
              bold || columns[i].align === 'center'
                ? AlignmentType.CENTER
                : columns[i].align === 'right'
                  ? AlignmentType.RIGHT
                  : AlignmentType.LEFT,
            spacing: { before: 0, after: 0 },
            children: [new TextRun({ text: part, font: FONT, size, bold })],
          }),
      ),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c.header, i, true)) }),
      ...rows.map((r, ri) => new TableRow({ children: r.map((t, i) => cell(t, i, !!o.boldLastRow && ri === rows.length - 1)) })),
    ],
  });
}
