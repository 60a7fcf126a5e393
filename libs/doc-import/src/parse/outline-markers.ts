import { romanToInt } from './vietnamese-dates';

// Item markers of Vietnamese administrative documents, outermost first. The rank, not
// the order of first appearance, decides nesting, so a "- " list in the preamble cannot
// swallow the numbered tasks that follow it.
export type MarkerType = 'part' | 'roman' | 'article' | 'arabic' | 'decimal' | 'letter' | 'paren' | 'dash' | 'plus' | 'star';

export interface Marker {
  type: MarkerType;
  /** As used in refs: "II", "3", "1.2", "a", "Điều 2". */
  label: string;
  rank: number;
  /** Characters of the line taken by the marker. */
  length: number;
}

const RANK: Record<MarkerType, number> = {
  part: 0,
  roman: 1,
  article: 2,
  arabic: 3,
  decimal: 4, // plus depth
  letter: 8,
  paren: 9,
  dash: 10,
  plus: 11,
  star: 12,
};

/** Numbered or lettered items can be tasks; bullets are details of their parent. */
export function isTaskGrain(type: MarkerType): boolean {
  return type !== 'dash' && type !== 'plus' && type !== 'star' && type !== 'part';
}

export function detectMarker(text: string): Marker | null {
  let m: RegExpExecArray | null;
  if ((m = /^(Phần|PHẦN|Chương|CHƯƠNG)\s+([IVXLC]+|\d+)\s*[.:]?\s+(?=\S)/u.exec(text))) {
    return { type: 'part', label: `${m[1]} ${m[2]}`, rank: RANK.part, length: m[0].length };
  }
  if ((m = /^(Điều|ĐIỀU)\s+(\d+)\s*[.:]\s*/u.exec(text))) {
    return { type: 'article', label: `Điều ${m[2]}`, rank: RANK.article, length: m[0].length };
  }
  if ((m = /^([IVX]{1,6})\s*[./)-]\s+(?=\S)/u.exec(text)) && romanToInt(m[1]) && isCanonicalRoman(m[1])) {
    return { type: 'roman', label: m[1], rank: RANK.roman, length: m[0].length };
  }
  if ((m = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)/u.exec(text)) && !/^\d{1,2}\.\d{1,2}\.\d{4}/.test(text)) {
    const depth = m[1].split('.').length;
    return { type: 'decimal', label: m[1], rank: RANK.decimal + depth - 2, length: m[0].length };
  }
  if ((m = /^(\d{1,3})\s*[.)/]\s+(?=\S)/u.exec(text))) {
    return { type: 'arabic', label: m[1], rank: RANK.arabic, length: m[0].length };
  }
  if ((m = /^([a-zđ])\s*[).]\s+(?=\S)/u.exec(text)) && !/^[a-z]\.[a-z]\./.test(text)) {
    return { type: 'letter', label: m[1], rank: RANK.letter, length: m[0].length };
  }
  if ((m = /^\((\d{1,2}|[a-zđ])\)\s+(?=\S)/u.exec(text))) {
    return { type: 'paren', label: m[1], rank: RANK.paren, length: m[0].length };
  }
  if ((m = /^[-–—]\s*(?=[\p{L}\d"“(])/u.exec(text)) && !/^-{2,}/.test(text)) {
    return { type: 'dash', label: '-', rank: RANK.dash, length: m[0].length };
  }
  if ((m = /^\+\s*(?=\S)/u.exec(text))) return { type: 'plus', label: '+', rank: RANK.plus, length: m[0].length };
  if ((m = /^\*\s+(?=\S)/u.exec(text))) return { type: 'star', label: '*', rank: RANK.star, length: m[0].length };
  return null;
}

function isCanonicalRoman(s: string): boolean {
  return /^(X{0,3})(IX|IV|V?I{0,3})$/.test(s) && s.length > 0;
}
