import type { TextRun } from './pdf-layout';

interface Line {
  y: number;
  runs: TextRun[];
}

const MIN_PROSE_LINES = 6;

/**
 * Text set in two newspaper columns, read the way a person does: the left column, then
 * the right one. Found as a band of lines that share one gutter, with the left column's
 * lines running up to it (prose fills its column; the header's and the signature's side
 * by side cells do not, and stay side by side for the parser). The right column is moved
 * under the left one, and what follows the band further down, so the layout step reads
 * the page top to bottom as usual.
 */
export function unfoldColumns(runs: TextRun[]): TextRun[] {
  const clean = runs.filter((r) => r.text.trim());
  if (clean.length < MIN_PROSE_LINES * 2) return runs;
  const size = median(clean.map((r) => r.size)) || 12;
  const lines = toLines(clean, size);
  const gutter = findGutter(lines, size);
  if (gutter === null) return runs;
  const left = Math.min(...clean.map((r) => r.x));
  const right = Math.max(...clean.map((r) => r.endX));
  const band = findBand(lines, gutter, size, gutter - left);
  if (!band) return runs;
  const [first, last] = band;
  const inBand = new Set(lines.slice(first, last + 1).flatMap((l) => l.runs));
  const rightRuns = [...inBand].filter((r) => r.x >= gutter);
  if (!rightRuns.length || right <= gutter) return runs;
  const top = lines[first].y;
  const bottom = lines[last].y;
  const lineGap = (top - bottom) / Math.max(1, last - first);
  const height = top - bottom + lineGap; // the right column goes below the left one
  const shiftX = Math.min(...rightRuns.map((r) => r.x)) - left;
  const rightSet = new Set(rightRuns);
  return clean.map((r) => {
    if (rightSet.has(r)) return { ...r, x: r.x - shiftX, endX: r.endX - shiftX, y: r.y - height };
    if (r.y < bottom - size * 0.45 && !inBand.has(r)) return { ...r, y: r.y - height };
    return r;
  });
}

function toLines(runs: TextRun[], size: number): Line[] {
  const lines: Line[] = [];
  for (const r of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - r.y) <= Math.max(2, size * 0.45)) line.runs.push(r);
    else lines.push({ y: r.y, runs: [r] });
  }
  for (const l of lines) l.runs.sort((a, b) => a.x - b.x);
  return lines;
}

/** Gaps wider than a few characters inside a line: where a column boundary can be. */
function wideGaps(line: Line, size: number): [number, number][] {
  const gaps: [number, number][] = [];
  let end = -Infinity;
  for (const r of line.runs) {
    if (end > -Infinity && r.x - end > size * 1.5) gaps.push([end, r.x]);
    end = Math.max(end, r.endX);
  }
  return gaps;
}

/** The x that the most lines' wide gaps cover. */
function findGutter(lines: Line[], size: number): number | null {
  const gaps = lines.flatMap((l) => wideGaps(l, size));
  let best: number | null = null;
  let bestCount = 0;
  for (const [a, b] of gaps) {
    const x = (a + b) / 2;
    const count = gaps.filter(([c, d]) => c <= x && x <= d).length;
    if (count > bestCount) [best, bestCount] = [x, count];
  }
  return bestCount >= MIN_PROSE_LINES ? best : null;
}

type LineKind = 'crosses' | 'prose' | 'sides' | 'one-side';

/**
 * The band of lines between two lines that cross the gutter with the most prose lines
 * (text on both sides, the left part ending near the gutter), and not fewer than a few.
 * It reaches from the first to the last prose line (a short heading beside the other
 * column stays in), then over the lines with text on one side only; side by side cells
 * next to it (the signature) stay out.
 */
function findBand(lines: Line[], gutter: number, size: number, leftWidth: number): [number, number] | null {
  const kinds: LineKind[] = lines.map((line) => {
    // A line over the gutter, or a table row (three cells or more), is no column text.
    if (line.runs.some((r) => r.x < gutter && r.endX > gutter) || wideGaps(line, size).length > 1) return 'crosses';
    const leftEnd = Math.max(-Infinity, ...line.runs.filter((r) => r.endX <= gutter).map((r) => r.endX));
    if (leftEnd === -Infinity || !line.runs.some((r) => r.x >= gutter)) return 'one-side';
    return gutter - leftEnd < Math.max(size * 3, leftWidth * 0.2) ? 'prose' : 'sides';
  });
  let best: [number, number] | null = null;
  let bestProse = 0;
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end < lines.length && kinds[end] !== 'crosses') end++;
    const prose = kinds.map((k, i) => (k === 'prose' && i >= start && i < end ? i : -1)).filter((i) => i >= 0);
    if (prose.length >= MIN_PROSE_LINES && prose.length > bestProse) {
      let first = prose[0];
      let last = prose[prose.length - 1];
      const sides = kinds.slice(first, last + 1).filter((k) => k === 'sides').length;
      // A heading beside the other column's first line: its right part starts at the column.
      const column = Math.min(...prose.flatMap((i) => lines[i].runs.filter((r) => r.x >= gutter).map((r) => r.x)));
      const atColumn = (i: number): boolean => lines[i].runs.some((r) => Math.abs(r.x - column) < size);
      while (first > start && (kinds[first - 1] === 'one-side' || (kinds[first - 1] === 'sides' && atColumn(first - 1)))) first--;
      while (last < end - 1 && kinds[last + 1] === 'one-side') last++;
      if (prose.length >= 2 * sides) [best, bestProse] = [[first, last], prose.length];
    }
    start = end + 1;
  }
  return best;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
