import type { TextLine } from '../text/text-lines';
import { detectMarker } from './outline-markers';

// Text copied out of a multi-page PDF carries each page's number ("2", "- 3 -", "Trang 4",
// "2/5") and often a running header that repeats the letter's own number ("Chỉ thị số
// 07/CT-UBND ngày 20/3/2023 của UBND huyện …"). Neither belongs to the item they interrupt.
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*(?:\/|trên)\s*\d{1,3})?(?:\s*[-–—])?$/iu;

export function isPageNumberLine(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** 0-based indexes in [from, to) of page numbers and the running headers next to them. */
export function pageFurniture(lines: TextLine[], from: number, to: number, reference: string | null): Set<number> {
  const out = new Set<number>();
  const counts = new Map<string, number>();
  for (let i = from; i < to; i++) if (lines[i].text) counts.set(lines[i].text, (counts.get(lines[i].text) ?? 0) + 1);
  const ref = reference ? reference.replace(/\s+/g, '') : null;
  for (let i = from; i < to; i++) {
    if (!lines[i].text || !isPageNumberLine(lines[i].text)) continue;
    out.add(i);
    // The running header sits just above or below the page number.
    for (const dir of [-1, 1]) {
      let seen = 0;
      for (let j = i + dir; j >= from && j < to && seen < 2; j += dir) {
        const t = lines[j].text;
        if (!t) continue;
        seen++;
        if (detectMarker(t)) break;
        const ownRef = ref !== null && ref.length >= 4 && t.replace(/\s+/g, '').includes(ref);
        const repeated = (counts.get(t) ?? 0) >= 2 && t.length <= 150;
        if (ownRef || repeated) out.add(j);
      }
    }
  }
  return out;
}
