import { advanceOf, SPACE_ADVANCE } from './glyph-advance';
import type { TextRun } from './pdf-layout';

interface Placement {
  /** Index in the host's text: a space to fill, or where to insert. */
  at: number;
  fillsSpace: boolean;
  pieces: TextRun[];
}

/**
 * Puts letters drawn in another font back inside the word they belong to. Printers that
 * subset fonts (cairo, browsers, LibreOffice) often draw the ASCII letters of a line in
 * one font and the Vietnamese ones (ố, ị, Ủ) in another; pdf.js gives one item per font
 * run, so "chống" arrives as "ch ng" (a space where the gap is) plus "ố" at its own x.
 * Such a run, lying inside a longer run on the same baseline, takes the place of the
 * space nearest to it, or goes in at the character it falls on.
 */
export function weaveRuns(given: TextRun[]): TextRun[] {
  const runs = given.flatMap(splitShortRun);
  const hosts = [...runs].sort((a, b) => b.endX - b.x - (a.endX - a.x));
  const guests = new Map<TextRun, TextRun[]>();
  const woven = new Set<TextRun>();
  for (const run of runs) {
    if (!run.text.trim()) continue;
    const host = hosts.find(
      (h) =>
        h !== run &&
        !woven.has(h) &&
        h.text.length > run.text.length &&
        Math.abs(h.y - run.y) <= Math.max(1, Math.min(h.size, run.size) * 0.3) &&
        run.x > h.x + 0.5 &&
        run.x < h.endX - 0.5,
    );
    if (!host) continue;
    guests.set(host, [...(guests.get(host) ?? []), run]);
    woven.add(run);
  }
  const placements = new Map<TextRun, Map<number, Placement>>();
  for (const [host, letters] of guests) {
    const byIndex = new Map<number, Placement>();
    for (const run of letters) {
      // The space nearest the letter's x (the gap it was drawn in), else the character it falls on.
      const starts = characterStarts(host, letters, run);
      const tolerance = (1.5 * (host.endX - host.x)) / host.text.length;
      let at = host.text.length;
      let fillsSpace = false;
      let best = Infinity;
      starts.forEach((start, i) => {
        const off = Math.abs(start - run.x);
        if (host.text[i] === ' ' && off <= tolerance && (!fillsSpace || off < best)) [at, fillsSpace, best] = [i, true, off];
        else if (!fillsSpace && off < best) [at, best] = [i, off];
      });
      const placement = byIndex.get(at) ?? { at, fillsSpace, pieces: [] };
      placement.pieces.push(run);
      byIndex.set(at, placement);
    }
    placements.set(host, byIndex);
  }
  if (!woven.size) return given;
  return runs
    .filter((r) => !woven.has(r))
    .map((r) => {
      const byIndex = placements.get(r);
      return byIndex ? wovenHost(r, [...byIndex.values()]) : r;
    });
}

function wovenHost(host: TextRun, placements: Placement[]): TextRun {
  let text = host.text;
  for (const { at, fillsSpace, pieces } of placements.sort((a, b) => b.at - a.at)) {
    // Pieces sharing one gap ("chỉ đạo" drawn as "ỉ" and "đạ"): their own distance tells
    // whether a space stood between them.
    pieces.sort((a, b) => a.x - b.x);
    let piece = pieces[0].text;
    for (let k = 1; k < pieces.length; k++) piece += (pieces[k].x - pieces[k - 1].endX > host.size * 0.15 ? ' ' : '') + pieces[k].text;
    const keepSpace = fillsSpace && spaceStays(host, at, piece);
    text = text.slice(0, at) + piece + (keepSpace ? ' ' : '') + text.slice(fillsSpace ? at + 1 : at);
  }
  return { ...host, endX: Math.max(host.endX, ...placements.flatMap((p) => p.pieces.map((r) => r.endX))), text };
}

/**
 * Whether the space a letter fills was also a real one ("Th Hoa" + "ị" is "Thị Hoa", "ch
 * ng" + "ố" is "chống"): a capital after a small letter starts a word, as no Vietnamese
 * word has one inside. Otherwise pdf.js's item does not tell (one space stands for the
 * letter and the gap after it alike), and the space is taken to be the letter's.
 */
function spaceStays(host: TextRun, at: number, piece: string): boolean {
  return /\p{Ll}$/u.test(piece) && /\p{Lu}/u.test(host.text[at + 1] ?? '');
}

/**
 * A second-font run of lone Vietnamese letters and spaces ("ở ạ": the ở ending one word and the ạ
 * inside the next, drawn in one go) is split into its letters, each at its share of the
 * run's width, so each finds its own word.
 */
function splitShortRun(run: TextRun): TextRun[] {
  const parts = run.text.split(' ');
  // Only letters outside ASCII: a host's short words ("a t nh") are never split.
  if (parts.length < 2 || !parts.every((p) => /^[^\p{ASCII}]{1,2}$/u.test(p))) return [run];
  const advance = (run.endX - run.x) / run.text.length;
  let at = 0;
  return parts.map((text) => {
    const piece = { ...run, x: run.x + at * advance, endX: run.x + (at + text.length) * advance, text };
    at += text.length + 1;
    return piece;
  });
}

/**
 * Where each character of the host starts, and where its last ends, by Times-Roman advances. A space of the host
 * that a letter of the other font fills is as wide as that letter, not as a space: the
 * letters lying left of `guest` are counted so, and the host's scale without them all.
 */
function characterStarts(host: TextRun, letters: TextRun[], guest: TextRun): number[] {
  const widths = host.text.split('').map(advanceOf);
  const units = widths.reduce((a, b) => a + b, 0);
  const width = (r: TextRun): number => r.endX - r.x;
  const filled = letters.reduce((sum, r) => sum + width(r), 0);
  let scale = (host.endX - host.x - filled) / (units - SPACE_ADVANCE * letters.length);
  let shift = 0;
  if (scale > 0 && Number.isFinite(scale)) {
    const left = letters.filter((r) => r.x < guest.x);
    shift = left.reduce((sum, r) => sum + width(r), 0) - scale * SPACE_ADVANCE * left.length;
  } else scale = (host.endX - host.x) / (units || 1);
  let before = 0;
  // One more than the characters: where the last one ends (a letter may follow the host's end).
  return [...widths, 0].map((w) => {
    const start = host.x + scale * before + shift;
    before += w;
    return start;
  });
}
