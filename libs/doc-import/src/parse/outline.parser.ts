import { isSeparatorLine, isUpperCaseText, type TextLine } from '../text/text-lines';
import { assignsSomething, classifyParagraph, type ParagraphKind } from './paragraph-kind';
import { detectMarker, type Marker } from './outline-markers';
import { headingScope } from './task-scope';

export interface OutlineParagraph {
  kind: ParagraphKind;
  text: string;
  lines: [number, number];
}

export interface OutlineItem {
  marker: Marker;
  /** Text after the marker, wrapped lines joined with spaces. */
  head: string;
  /** Unmarked paragraphs that continue the item. */
  more: string[];
  /** Lines of each paragraph in `more`. */
  moreLines: [number, number][];
  lines: [number, number];
  parent: OutlineItem | null;
  children: OutlineItem[];
  /** Paragraphs that stand between this item's previous sibling and itself. */
  before: OutlineParagraph[];
}

export interface Outline {
  roots: OutlineItem[];
  /** Paragraphs at the top level, in order, with the index of the first root after them. */
  paragraphs: { paragraph: OutlineParagraph; parent: OutlineItem | null; beforeItem: OutlineItem | null }[];
  /** Paragraphs after the last item of their parent (closing formulas, trailing assignments). */
  trailing: OutlineParagraph[];
}

type Block =
  { kind: 'item'; marker: Marker; text: string; lines: [number, number] } | { kind: 'para'; text: string; lines: [number, number] };

/**
 * Items and paragraphs of a region. Wrapped lines join their block; an unmarked
 * paragraph after an item continues it unless it reads as an introduction, a heading or a
 * closing formula, which stand on their own and steer what counts as a task.
 */
export function parseOutline(
  lines: TextLine[],
  from: number,
  to: number,
  skip: (i: number) => boolean,
  hidden: (i: number) => boolean = () => false,
): Outline {
  const blocks: Block[] = [];
  let previousBlank = true;
  let previous: TextLine | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    // Page furniture (page numbers, running headers) is not there at all: a sentence
    // broken by a page break joins up across it.
    if (hidden(i)) continue;
    if (skip(i) || !line.text || isSeparatorLine(line.text)) {
      previousBlank = true;
      previous = line;
      continue;
    }
    let marker = detectMarker(line.text);
    const last = blocks[blocks.length - 1];
    // "… giai đoạn 2021" / "- 2025": a range broken at the line end, not a bullet.
    const wrappedRange =
      marker?.type === 'dash' && /^[-–—]\s*\d/.test(line.text) && !previousBlank && !!previous && /\d$/.test(previous.text);
    if (wrappedRange) marker = null;
    if (marker) {
      blocks.push({ kind: 'item', marker, text: line.text.slice(marker.length).trim(), lines: [line.no, line.no] });
    } else if (
      last &&
      (wrappedRange || (continues(previous, line, previousBlank) && !isStandaloneHeading(line.text) && !isHeadingText(last.text)))
    ) {
      // A wrapped line, or a paragraph split by a page break mid-sentence.
      last.text += ` ${line.text}`;
      last.lines[1] = line.no;
    } else {
      blocks.push({ kind: 'para', text: line.text, lines: [line.no, line.no] });
    }
    previousBlank = false;
    previous = line;
  }
  return buildTree(blocks);
}

// A line continues the block above when it starts in lower case (even after a page-break
// blank), or when the line above is long and unfinished: a short line or one ending a
// sentence closes its paragraph, as in PDF-to-text output without blank lines.
function continues(previous: TextLine | undefined, line: TextLine, previousBlank: boolean): boolean {
  if (startsLowerCase(line.text)) return true;
  if (previousBlank || !previous) return false;
  return previous.text.length >= 50 && !/[.:;!?]$/.test(previous.text);
}

function isHeadingText(text: string): boolean {
  return isUpperCaseText(text) && text.length < 150;
}

/** A short title without a sentence's end ("Tổ chức thực hiện", "Cải cách tài chính công"). */
export function isTitleHead(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 80 && !/[.;:,]$/.test(t) && !isUpperCaseText(t);
}

function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

function isStandaloneHeading(text: string): boolean {
  return isUpperCaseText(text) && text.length < 120;
}

function buildTree(blocks: Block[]): Outline {
  const roots: OutlineItem[] = [];
  const paragraphs: Outline['paragraphs'] = [];
  const trailing: OutlineParagraph[] = [];
  const stack: OutlineItem[] = [];
  let pending: OutlineParagraph[] = [];

  for (const block of blocks) {
    if (block.kind === 'para') {
      const kind = classifyParagraph(block.text);
      const paragraph: OutlineParagraph = { kind, text: block.text, lines: [...block.lines] };
      const top = stack[stack.length - 1];
      // Text under a section heading item ("I. NHIỆM VỤ CHUNG") is that item's body.
      const underHeading =
        top && isHeadingText(top.head) && !top.children.length && !top.more.length && (kind === 'prose' || kind === 'closing');
      // "Điều 2. Tổ chức thực hiện" over "Giao Sở A …" / "Sở B …" paragraphs: they are its text.
      const underTitle =
        top &&
        isTitleHead(top.head) &&
        (top.marker.type === 'article' || headingScope(top.head) === 'task') &&
        !top.children.length &&
        kind === 'closing' &&
        assignsSomething(block.text);
      if (top && (kind === 'prose' || underHeading || underTitle)) {
        top.more.push(block.text);
        top.moreLines.push([...block.lines]);
        extendLines(top, block.lines[1]);
        continue;
      }
      // An unnumbered section heading ("TỔ CHỨC THỰC HIỆN") closes every open item.
      if (kind === 'heading') stack.length = 0;
      pending.push(paragraph);
      continue;
    }
    // "– Cắm biển cảnh báo;" then "+ Báo cáo …": a finished dash item has no details, so a
    // "+" after it is the next item of the same list, written with another bullet.
    let rank = block.marker.rank;
    const top = stack[stack.length - 1];
    if (
      (block.marker.type === 'plus' || block.marker.type === 'star') &&
      top?.marker.type === 'dash' &&
      /[;.]$/.test(top.head.trim()) &&
      !top.more.length
    ) {
      rank = top.marker.rank;
    }
    while (stack.length && stack[stack.length - 1].marker.rank >= rank) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const item: OutlineItem = {
      marker: block.marker,
      head: block.text,
      more: [],
      moreLines: [],
      lines: [...block.lines],
      parent,
      children: [],
      before: pending,
    };
    for (const p of pending) paragraphs.push({ paragraph: p, parent, beforeItem: item });
    pending = [];
    if (parent) {
      parent.children.push(item);
      extendLines(parent, item.lines[1]);
    } else roots.push(item);
    stack.push(item);
  }
  for (const p of pending) {
    trailing.push(p);
    paragraphs.push({ paragraph: p, parent: null, beforeItem: null });
  }
  return { roots, paragraphs, trailing };
}

function extendLines(item: OutlineItem, to: number): void {
  for (let node: OutlineItem | null = item; node; node = node.parent) {
    if (node.lines[1] < to) node.lines[1] = to;
  }
}
