import { dateWords, type LetterSpec, type OutlineItem } from './letter-spec.types';

// The parts of a letter every layout prints, as lines of text.

export const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

export function reference(spec: LetterSpec): string {
  return `${spec.number}/${spec.symbol}`;
}

export function placeDate(spec: LetterSpec): string {
  return `${spec.place}, ${dateWords(spec.date)}`;
}

/** The subject as printed under the type heading or in the V/v cell. */
export function printedSubject(spec: LetterSpec): string {
  return spec.subject;
}

export function kinhGuiLines(spec: LetterSpec): string[] {
  if (!spec.kinhGui) return [];
  if (spec.kinhGui.length === 1) return [`Kính gửi: ${spec.kinhGui[0]}`];
  return ['Kính gửi:', ...spec.kinhGui.map((k) => `- ${k}`)];
}

export interface BodyLine {
  text: string;
  /** Outline depth for numbered layouts; null for a paragraph. */
  depth: number | null;
  marker: string | null;
  /** The item's text without its marker. */
  bare: string;
}

export function bodyLines(spec: LetterSpec): BodyLine[] {
  const out: BodyLine[] = spec.intro.map((t) => ({ text: t, depth: null, marker: null, bare: t }));
  const walk = (items: OutlineItem[], depth: number): void => {
    for (const it of items) {
      out.push({ text: `${it.m} ${it.text}`, depth, marker: it.m, bare: it.text });
      walk(it.kids ?? [], depth + 1);
    }
  };
  walk(spec.body, 0);
  for (const c of spec.closing ?? []) out.push({ text: c, depth: null, marker: null, bare: c });
  return out;
}

export function signatureLines(spec: LetterSpec): string[] {
  const titles = [...spec.signer.authority];
  if (titles[titles.length - 1] !== spec.signer.position) titles.push(spec.signer.position);
  return titles;
}

export function recipientLines(spec: LetterSpec): string[] {
  return ['Nơi nhận:', ...spec.recipients.map((r) => `- ${r}`)];
}

/** Breaks a line the way a renderer with a fixed width does: at spaces, near `width`. */
export function hardWrap(text: string, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}
