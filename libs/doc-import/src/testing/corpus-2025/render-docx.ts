import { AlignmentType, BorderStyle, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { bodyLines, kinhGuiLines, MOTTO, placeDate, recipientLines, reference, signatureLines, type BodyLine } from './letter-lines';
import type { LetterSpec } from './letter-spec.types';

// Letters as an e-office system exports them to Word: the header and the signature in
// borderless two-column tables. `numbered` lets Word number the outline (automatic
// numbering, as a person typing with the list buttons does) instead of typed markers.

const FONT = 'Liberation Serif';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

const p = (
  text: string,
  o: { bold?: boolean; center?: boolean; italic?: boolean; numbering?: { reference: string; level: number } } = {},
): Paragraph =>
  new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 60 },
    numbering: o.numbering,
    children: [new TextRun({ text, bold: o.bold, italics: o.italic, font: FONT, size: 26 })],
  });

const twoColumns = (left: Paragraph[], right: Paragraph[]): Table =>
  new Table({
    width: { size: 9400, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    columnWidths: [3800, 5600],
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 3800, type: WidthType.DXA }, children: left }),
          new TableCell({ width: { size: 5600, type: WidthType.DXA }, children: right }),
        ],
      }),
    ],
  });

type Kind = 'roman' | 'decimal' | 'nested' | 'letter';

function kindOf(marker: string | null): Kind | null {
  if (!marker) return null;
  if (/^[IVX]+\.$/.test(marker)) return 'roman';
  if (/^\d+\.\d+\.$/.test(marker)) return 'nested';
  if (/^\d+\.$/.test(marker)) return 'decimal';
  if (/^[a-zđ]\)$/.test(marker)) return 'letter';
  return null; // "-", "Điều 1." stay typed
}

/** Word levels by depth, each taking the kind of the first numbered item at that depth. */
function levelsOf(lines: BodyLine[]): Map<number, Kind> {
  const levels = new Map<number, Kind>();
  for (const l of lines) {
    const k = kindOf(l.marker);
    if (k && l.depth !== null && !levels.has(l.depth)) levels.set(l.depth, k);
  }
  return levels;
}

const FORMAT: Record<Kind, (lvl: number) => { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }> = {
  roman: (lvl) => ({ format: LevelFormat.UPPER_ROMAN, text: `%${lvl + 1}.` }),
  decimal: (lvl) => ({ format: LevelFormat.DECIMAL, text: `%${lvl + 1}.` }),
  nested: (lvl) => ({ format: LevelFormat.DECIMAL, text: `%${lvl}.%${lvl + 1}.` }),
  letter: (lvl) => ({ format: LevelFormat.LOWER_LETTER, text: `%${lvl + 1})` }),
};

export function letterDocument(spec: LetterSpec, numbered: boolean): Document {
  const lines = bodyLines(spec);
  const levels = numbered ? levelsOf(lines) : new Map<number, Kind>();
  const header = twoColumns(
    [
      ...spec.issuerLines.map((t, i) => p(t, { center: true, bold: i === spec.issuerLines.length - 1 })),
      p(`Số: ${reference(spec)}`, { center: true }),
      ...(spec.typeHeading ? [] : [p(spec.subject, { center: true })]),
    ],
    [
      p(MOTTO[0], { bold: true, center: true }),
      p(MOTTO[1], { bold: true, center: true }),
      p(placeDate(spec), { italic: true, center: true }),
    ],
  );
  const children: (Paragraph | Table)[] = [header, p('')];
  if (spec.typeHeading)
    children.push(p(spec.typeHeading, { bold: true, center: true }), p(spec.subject, { bold: true, center: true }), p(''));
  for (const k of kinhGuiLines(spec)) children.push(p(k, { center: spec.kinhGui?.length === 1 }));
  for (const l of lines) {
    const kind = kindOf(l.marker);
    const level = l.depth !== null && kind && levels.get(l.depth) === kind ? l.depth : null;
    children.push(level !== null ? p(l.bare, { numbering: { reference: 'outline', level } }) : p(l.text, { bold: kind === 'roman' }));
  }
  children.push(
    p(''),
    twoColumns(
      recipientLines(spec).map((t, i) => p(t, { bold: i === 0, italic: i === 0 })),
      [
        ...signatureLines(spec).map((t) => p(t, { bold: true, center: true })),
        p(''),
        p(''),
        p(spec.signer.name, { bold: true, center: true }),
      ],
    ),
  );
  const config = [
    {
      reference: 'outline',
      levels: [...levels.entries()].map(([lvl, kind]) => ({ level: lvl, ...FORMAT[kind](lvl), alignment: AlignmentType.START })),
    },
  ];
  return new Document({ numbering: { config }, sections: [{ children }] });
}

export async function letterDocx(spec: LetterSpec, numbered: boolean): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(letterDocument(spec, numbered)));
}
