import { foldVietnamese } from '@dondoc/domain';
import type { TextLine } from '../text/text-lines';
import { splitUnitList, startsUnitName } from './unit-list.splitter';

// The last article of a quyết định names who carries it out ("Chánh Văn phòng UBND tỉnh,
// Giám đốc Sở Nội vụ, … chịu trách nhiệm thi hành Quyết định này"), and its "Nơi nhận"
// opens with "Như Điều 3": those are the addressees.
const EXECUTES =
  /\s+(?:chịu trách nhiệm (?:thi hành|thực hiện|tổ chức thực hiện)|có trách nhiệm (?:thi hành|thực hiện)|căn cứ Quyết định thi hành|thi hành Quyết định)/u;

/** Article numbers a recipient list points to ("Như Điều 3", "Như Điều 2, Điều 3"). */
export function articlesReferred(recipients: string[]): number[] {
  const out: number[] = [];
  for (const r of recipients) {
    if (!/^nhu\s+dieu\b/.test(foldVietnamese(r))) continue;
    for (const m of r.matchAll(/(\d{1,2})/g)) out.push(Number(m[1]));
  }
  return out;
}

/** Units named as executors in article `n` of lines[from, to). */
export function articleExecutors(lines: TextLine[], from: number, to: number, n: number): string[] {
  let start = -1;
  for (let i = from; i < to; i++) {
    if (new RegExp(`^(?:Điều|ĐIỀU)\\s+${n}\\s*[.:]`, 'u').test(lines[i].text)) {
      start = i;
      break;
    }
  }
  if (start < 0) return [];
  const parts: string[] = [];
  for (let i = start; i < to; i++) {
    if (i > start && /^(?:Điều|ĐIỀU)\s+\d+\s*[.:]/u.test(lines[i].text)) break;
    if (lines[i].text) parts.push(lines[i].text);
  }
  const text = parts.join(' ').replace(/^(?:Điều|ĐIỀU)\s+\d+\s*[.:]\s*/u, '');
  const m = EXECUTES.exec(text);
  if (!m) return [];
  const before = text.slice(0, m.index);
  const sentences = before.split(/(?<=\.)\s+/u);
  const clause = sentences[sentences.length - 1];
  return splitUnitList(clause).filter(startsUnitName);
}
