import { foldVietnamese } from '@dondoc/domain';

/** One line of the normalised text; `no` is 1-based like an editor shows it. */
export interface TextLine {
  no: number;
  raw: string;
  text: string;
  /** Diacritic-free lower-case form, for keyword tests that must not care about accents. */
  folded: string;
}

export function toLines(text: string): TextLine[] {
  return text.split('\n').map((raw, i) => ({ no: i + 1, raw, text: raw.trim(), folded: foldVietnamese(raw) }));
}

export interface Segment {
  /** Column (character offset) where the segment starts in the raw line. */
  start: number;
  text: string;
}

/**
 * Pieces of a line separated by wide gaps: how two-column layouts (header, signature)
 * and tables survive PDF-to-text and our own docx/pdf extraction.
 */
export function splitSegments(raw: string, minGap = 3): Segment[] {
  const gap = new RegExp(`\\s{${minGap},}`, 'g');
  const out: Segment[] = [];
  let last = 0;
  const push = (from: number, to: number): void => {
    const piece = raw.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text) out.push({ start: from + lead, text });
  };
  for (let m = gap.exec(raw); m; m = gap.exec(raw)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, raw.length);
  return out;
}

/** True when most letters are capitals: headings, issuer names, signer titles. */
export function isUpperCaseText(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.85;
}

export function isSeparatorLine(text: string): boolean {
  return /^[-_=*.…~\s–—]+$/.test(text) && text.length >= 3;
}
