import type { VerticalRule } from './pdf-rules';

/** A piece of text on one baseline, in page space (points, y up). */
export interface TextRun {
  x: number;
  y: number;
  endX: number;
  size: number;
  text: string;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Runs of one page → text lines laid out like `pdftotext -layout`: runs on one baseline
 * form a line, horizontal position becomes a column so tables and the two-column header
 * keep wide gaps, and a tall vertical gap becomes a blank line (a paragraph break). Two runs
 * with a cell border drawn between them (`rules`) are two cells: at least two spaces apart,
 * as a text table's columns are, however narrow the gap in print.
 */
export function layoutPage(runs: TextRun[], rules: VerticalRule[] = []): string[] {
  const clean = runs.filter((r) => r.text.trim().length > 0);
  if (!clean.length) return [];
  const sizes = clean.map((r) => r.size).filter((s) => s > 0);
  const size = median(sizes) || 12;
  // Average advance of a character, measured on the page itself.
  const charWidth =
    median(clean.filter((r) => r.text.length >= 3 && r.endX > r.x).map((r) => (r.endX - r.x) / r.text.length)) || size * 0.5;
  const minX = Math.min(...clean.map((r) => r.x));

  const sorted = [...clean].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; runs: TextRun[] }[] = [];
  for (const r of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - r.y) <= Math.max(2, Math.min(size, r.size) * 0.45)) line.runs.push(r);
    else lines.push({ y: r.y, runs: [r] });
  }
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i].y - l.y)
    .filter((g) => g > 0);
  const lineGap = median(gaps) || size * 1.2;

  const out: string[] = [];
  lines.forEach((line, k) => {
    if (k > 0 && lines[k - 1].y - line.y > lineGap * 1.6) out.push('');
    line.runs.sort((a, b) => a.x - b.x);
    let text = '';
    let prevEnd = -Infinity;
    const crossesRule = (from: number, to: number): boolean =>
      rules.some((rule) => rule.x > from - 1 && rule.x < to + 1 && rule.y0 <= line.y && rule.y1 >= line.y);
    for (const r of line.runs) {
      const column = Math.max(0, Math.round((r.x - minX) / charWidth));
      const gap = r.x - prevEnd;
      if (text.length === 0) text = ' '.repeat(column);
      else if (gap > size * 1.5)
        text += ' '.repeat(Math.max(3, column - text.length)); // a column gap stays wide
      else if (gap > 0 && crossesRule(prevEnd, r.x))
        text = text.replace(/ +$/, '') + ' '.repeat(Math.max(2, column - text.replace(/ +$/, '').length));
      else if (gap > size * 0.15 && !text.endsWith(' ') && !r.text.startsWith(' ')) text += ' ';
      text += r.text;
      prevEnd = Math.max(prevEnd, r.endX);
    }
    out.push(text.replace(/\s+$/, ''));
  });
  return dropPageNumbers(out);
}

// "2", "- 2 -", "Trang 2" alone at the top or bottom of a page.
function dropPageNumbers(lines: string[]): string[] {
  const isNumber = (l: string): boolean => /^\s*(-\s*)?(Trang\s+)?\d{1,3}(\s*-)?\s*$/.test(l);
  const out = [...lines];
  const firstIdx = out.findIndex((l) => l.trim());
  if (firstIdx >= 0 && isNumber(out[firstIdx])) out.splice(firstIdx, 1);
  for (let i = out.length - 1; i >= 0; i--) {
    if (!out[i].trim()) continue;
    if (isNumber(out[i])) out.splice(i, 1);
    break;
  }
  return out;
}
