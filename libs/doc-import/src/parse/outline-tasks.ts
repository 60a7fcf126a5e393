import type { ImportWarning } from '../imported-document.types';
import { isUpperCaseText } from '../text/text-lines';
import { isTaskGrain } from './outline-markers';
import { assignsSomething } from './paragraph-kind';
import type { OutlineItem } from './outline.parser';
import { isFormulaicArticle, isHeadingItem, type Scope, type ScopedItem } from './task-scope';

/** A task before responsibilities, deadlines and units are worked out. */
export interface RawTask {
  ref: string;
  text: string;
  lines: [number, number];
  source: 'outline' | 'table' | 'paragraph' | 'body';
  context?: string;
  /** Heads of enclosing items, nearest first: a lead or deadline stated there applies here. */
  ancestors: string[];
  cells?: { lead?: string; support?: string; deadline?: string; product?: string };
  notes: string[];
}

export function refOf(item: OutlineItem, prefix: string, roots: readonly OutlineItem[] = []): string {
  const chain: OutlineItem[] = [];
  for (let n: OutlineItem | null = item; n; n = n.parent) chain.unshift(n);
  const parts: string[] = [];
  for (const node of chain) {
    if (node.marker.type === 'part') continue;
    let label = node.marker.label;
    if (node.marker.type === 'dash' || node.marker.type === 'plus' || node.marker.type === 'star') {
      // Top-level bullets count among the region's top-level items ("-1", "-2", …).
      const siblings = node.parent ? node.parent.children : roots.includes(node) ? roots : [node];
      const same = siblings.filter((s) => s.marker.type === node.marker.type);
      label = `${node.marker.label}${Math.max(1, same.indexOf(node) + 1)}`;
    }
    // "1.2" under "1" replaces it rather than giving "1.1.2".
    if (node.marker.type === 'decimal' && parts.length && label.startsWith(`${parts[parts.length - 1]}.`)) parts.pop();
    parts.push(label);
  }
  return prefix + parts.join('.');
}

function fullText(item: OutlineItem, includeChildren: boolean): string {
  // A section title over its text ("I. NHIỆM VỤ CHUNG" + paragraph): the text is the task.
  const titled = isHeadingItem(item) && item.more.length > 0;
  const own = (titled ? item.more : [item.head, ...item.more]).filter(Boolean).join('\n');
  if (!includeChildren || !item.children.length) return own;
  const kids = item.children.map(
    (c) => `${c.marker.label === '-' || c.marker.label === '+' ? c.marker.label : c.marker.label + ')'} ${fullText(c, true)}`,
  );
  return [own, ...kids].filter(Boolean).join('\n');
}

function contextOf(item: OutlineItem, ancestors: string[]): string | undefined {
  const parts = [...ancestors].reverse().map(quote);
  if (isHeadingItem(item) && item.more.length > 0) parts.push(quote(item.head));
  return parts.length ? parts.join(' › ') : undefined;
}

function ancestorsOf(item: OutlineItem): string[] {
  const out: string[] = [];
  for (let n = item.parent; n; n = n.parent) out.push([n.head, ...n.more].join(' '));
  return out;
}

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 90 ? `…${t.slice(-90)}` : t;
}

/**
 * Tasks from a scoped outline: the deepest numbered or lettered items in task scope;
 * bullets stay inside their item's text unless they are the only items there is, or sit
 * under a label item ("1. Sở Nội vụ:") whose bullets are each a duty.
 */
export function outlineTasks(
  scoped: ScopedItem[],
  opts: { refPrefix: string; fallbackAll: boolean },
): { tasks: RawTask[]; warnings: ImportWarning[] } {
  const scopeOf = new Map<OutlineItem, ScopedItem>(scoped.map((s) => [s.item, s]));
  const inScope = (item: OutlineItem): boolean => {
    const s = scopeOf.get(item)?.scope as Scope;
    return s === 'task' || (opts.fallbackAll && s === 'unknown');
  };
  const grainCandidate = (item: OutlineItem): boolean => isTaskGrain(item.marker.type) && inScope(item) && !isFormulaicArticle(item);
  const anyGrain = scoped.some((s) => grainCandidate(s.item));

  const tasks: RawTask[] = [];
  const taken = new Set<OutlineItem>();
  const roots = scoped.filter((s) => s.item.parent === null).map((s) => s.item);
  const make = (item: OutlineItem, includeChildren: boolean, notes: string[] = []): void => {
    taken.add(item);
    const ancestors = ancestorsOf(item);
    tasks.push({
      ref: refOf(item, opts.refPrefix, roots),
      text: fullText(item, includeChildren),
      lines: [item.lines[0], item.lines[1]],
      source: 'outline',
      context: contextOf(item, ancestors),
      ancestors,
      notes,
    });
  };

  for (const { item } of scoped) {
    if (!inScope(item) || taken.has(item)) continue;
    if (isTaskGrain(item.marker.type)) {
      if (!grainCandidate(item)) continue;
      if (item.children.some(grainCandidate)) continue; // a container: its children are the tasks
      const dashKids = item.children.filter((c) => !isTaskGrain(c.marker.type));
      const isLabel = /[:：]$/.test(item.head.trim()) && item.head.length <= 120 && item.more.length === 0;
      if (isLabel && dashKids.length >= 2) {
        for (const kid of item.children) make(kid, true);
        continue;
      }
      if (isHeadingItem(item) && isUpperCaseText(item.head) && item.children.length === 0 && item.more.length === 0) continue;
      // "Điều 2. Tổ chức thực hiện" over "Giao Sở A …", "Sở B …": one task per paragraph.
      const assigning = item.children.length === 0 && isHeadingItem(item) ? item.more.filter(assignsSomething) : [];
      if (assigning.length >= 2 && assigning.length === item.more.length) {
        taken.add(item);
        const ancestors = [item.head, ...ancestorsOf(item)];
        item.more.forEach((text, k) => {
          tasks.push({
            ref: `${refOf(item, opts.refPrefix, roots)}.P${k + 1}`,
            text,
            lines: item.moreLines[k] ?? [item.lines[0], item.lines[1]],
            source: 'outline',
            context: contextOf(item, ancestors.slice(1)),
            ancestors,
            notes: [],
          });
        });
        continue;
      }
      make(item, true);
    } else if (!anyGrain && !hasTakenAncestor(item, taken)) {
      // Bullets are the tasks only where nothing is numbered; "- Sở Y tế:" over "+" bullets
      // is a label, and its bullets are the tasks.
      const isLabel = /[:：]$/.test(item.head.trim()) && item.head.length <= 120 && item.more.length === 0;
      if (isLabel && item.children.length >= 2) {
        taken.add(item);
        for (const kid of item.children) make(kid, true);
      } else make(item, true);
    }
  }
  // Mark descendants of tasks as taken, so they are not reported as unplaced.
  for (const t of [...taken]) markDescendants(t, taken);

  const warnings: ImportWarning[] = [];
  let group: { from: number; to: number; count: number; cause: string | null; scope: Scope } | null = null;
  const flush = (): void => {
    if (!group) return;
    const why =
      group.scope === 'context'
        ? `thuộc phần nêu tình hình/bối cảnh${group.cause ? ` («${quote(group.cause)}»)` : ''}`
        : 'không nằm sau câu giao nhiệm vụ hay mục "Nhiệm vụ"/"Tổ chức thực hiện" nào';
    warnings.push({
      code: 'unplaced-items',
      message: `Dòng ${group.from}–${group.to}: ${group.count} mục liệt kê không được coi là nhiệm vụ vì ${why}.`,
      lines: [group.from, group.to],
    });
    group = null;
  };
  const reported = new Set<OutlineItem>();
  for (const s of scoped) {
    if (taken.has(s.item) || inScope(s.item)) continue;
    if (s.item.parent && reported.has(s.item.parent)) {
      reported.add(s.item); // reported with its parent
      continue;
    }
    if (isHeadingItem(s.item) && s.item.children.length) {
      // A background section ("I. MỤC ĐÍCH, YÊU CẦU") is left out whole and quietly; items
      // under a section of unknown kind are reported one by one, never dropped unseen.
      if (s.scope === 'context') reported.add(s.item);
      continue;
    }
    reported.add(s.item);
    if (group && group.scope === s.scope && group.cause === s.cause) {
      group.to = s.item.lines[1];
      group.count++;
    } else {
      flush();
      group = { from: s.item.lines[0], to: s.item.lines[1], count: 1, cause: s.cause, scope: s.scope };
    }
  }
  flush();
  return { tasks, warnings };
}

function hasTakenAncestor(item: OutlineItem, taken: Set<OutlineItem>): boolean {
  for (let n = item.parent; n; n = n.parent) if (taken.has(n)) return true;
  return false;
}

function markDescendants(item: OutlineItem, taken: Set<OutlineItem>): void {
  for (const c of item.children) {
    taken.add(c);
    markDescendants(c, taken);
  }
}
