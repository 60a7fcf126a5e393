import { foldVietnamese } from '@dondoc/domain';
import type { ImportWarning } from '../imported-document.types';
import type { TextLine } from '../text/text-lines';
import type { DocumentStructure } from './document-structure';
import { parseOutline, type Outline } from './outline.parser';
import { pageFurniture } from './page-furniture';
import { outlineTasks, type RawTask } from './outline-tasks';
import { tableTasks } from './table-tasks';
import { findTaskTables, type TaskTable } from './task-table.parser';
import { scopeOutline, type ScopedItem } from './task-scope';
import { assignsSomething } from './paragraph-kind';
import { startsUnitName } from './unit-list.splitter';

interface Region {
  from: number;
  to: number;
  prefix: string;
  tables: TaskTable[];
  outline: Outline;
  scoped: ScopedItem[];
}

export interface CollectedTasks {
  tasks: RawTask[];
  warnings: ImportWarning[];
  /** Every intro paragraph, for finding addressees when there is no "Kính gửi". */
  intros: string[];
  bodyText: string;
}

/**
 * Raw tasks of the body and the appendix: tables first (their lines are kept out of the
 * outline), then the outline in task scope, then standalone "Giao …" paragraphs. With
 * no signal of task scope anywhere, every numbered item is taken, with a warning.
 */
export function collectTasks(lines: TextLine[], s: DocumentStructure): CollectedTasks {
  const regions: Region[] = [];
  const furniture = pageFurniture(lines, s.bodyFrom, lines.length, s.header.reference);
  const addRegion = (from: number, to: number, prefix: string): void => {
    if (to <= from) return;
    const tables = findTaskTables(lines, from, to);
    const skip = new Set(tables.flatMap((t) => t.lineIndexes));
    const outline = parseOutline(
      lines,
      from,
      to,
      (i) => skip.has(i),
      (i) => furniture.has(i) && !skip.has(i),
    );
    regions.push({ from, to, prefix, tables, outline, scoped: scopeOutline(outline) });
  };
  addRegion(s.bodyFrom, s.bodyTo, '');
  if (s.appendixFrom !== null) addRegion(s.appendixFrom, lines.length, 'PL.');

  const positive = regions.some((r) => r.scoped.some((x) => x.scope === 'task') || r.tables.length > 0);
  const warnings: ImportWarning[] = [];
  const tasks: RawTask[] = [];
  for (const r of regions) {
    tasks.push(...tableTasks(r.tables, r.prefix));
    const o = outlineTasks(r.scoped, { refPrefix: r.prefix, fallbackAll: !positive });
    tasks.push(...o.tasks);
    warnings.push(...o.warnings);
  }
  if (!positive && tasks.length) {
    warnings.push({
      code: 'no-task-intro',
      message:
        'Không thấy câu giao nhiệm vụ ("yêu cầu/đề nghị/giao … thực hiện … sau:") hay mục "Nhiệm vụ"; mọi mục đánh số được coi là nhiệm vụ.',
    });
  }

  // "Giao Sở Nội vụ theo dõi, đôn đốc …" after the list is a task of its own.
  let p = 0;
  for (const r of regions) {
    const firstItemLine = r.outline.roots[0]?.lines[0] ?? Number.MAX_SAFE_INTEGER;
    for (const { paragraph } of r.outline.paragraphs) {
      if (paragraph.kind !== 'closing' || paragraph.lines[0] < firstItemLine) continue;
      const f = foldVietnamese(paragraph.text);
      const assigns =
        /^giao\s/.test(f) || (startsUnitName(paragraph.text) && /(chu tri|co trach nhiem|theo doi|tong hop|lam dau moi)/.test(f));
      if (!assigns) continue;
      p++;
      tasks.push({ ref: `${r.prefix}P${p}`, text: paragraph.text, lines: paragraph.lines, source: 'paragraph', ancestors: [], notes: [] });
    }
  }

  // No item anywhere, but an introduction ("Chủ tịch UBND tỉnh có ý kiến như sau:") over
  // plain paragraphs: each paragraph that assigns something is a task of its own.
  if (tasks.length === 0) {
    for (const r of regions) {
      const paras = r.outline.paragraphs.map((x) => x.paragraph);
      let intro = -1;
      paras.forEach((x, k) => {
        if (x.kind === 'intro' && /[:：]\s*$/.test(x.text)) intro = k;
      });
      if (intro < 0) continue;
      const assigning = paras.slice(intro + 1).filter((x) => assignsSomething(x.text));
      // One paragraph is the letter's one task: the whole body, as below, with its warning.
      if (assigning.length < 2) continue;
      for (const paragraph of assigning) {
        p++;
        tasks.push({
          ref: `${r.prefix}P${p}`,
          text: paragraph.text,
          lines: paragraph.lines,
          source: 'paragraph',
          ancestors: [],
          notes: [],
        });
      }
    }
  }

  // Reading order, and refs made unique should two lists number alike.
  tasks.sort((a, b) => a.lines[0] - b.lines[0]);
  const seen = new Map<string, number>();
  for (const t of tasks) {
    const n = (seen.get(t.ref) ?? 0) + 1;
    seen.set(t.ref, n);
    if (n > 1) t.ref = `${t.ref}#${n}`;
  }

  const bodyLines = lines.slice(s.bodyFrom, s.bodyTo).filter((l, k) => l.text && !furniture.has(s.bodyFrom + k));
  const bodyText = bodyLines.map((l) => l.text).join('\n');
  if (tasks.length === 0 && bodyLines.length) {
    tasks.push({
      ref: '1',
      text: bodyText,
      lines: [bodyLines[0].no, bodyLines[bodyLines.length - 1].no],
      source: 'body',
      ancestors: [],
      notes: ['Văn bản không có mục đánh số; toàn bộ nội dung được coi là một nhiệm vụ.'],
    });
    warnings.push({
      code: 'no-numbered-items',
      message: 'Văn bản không có nhiệm vụ đánh số; đã tạo một nhiệm vụ gồm toàn bộ nội dung, cần rà soát lại.',
      lines: [bodyLines[0].no, bodyLines[bodyLines.length - 1].no],
    });
  }
  const intros = regions.flatMap((r) => r.outline.paragraphs.filter((x) => x.paragraph.kind === 'intro').map((x) => x.paragraph.text));
  return { tasks, warnings, intros, bodyText };
}
