import { foldVietnamese } from '@dondoc/domain';
import { splitSegments, type TextLine } from '../text/text-lines';

export type ColumnRole = 'stt' | 'task' | 'lead' | 'support' | 'deadline' | 'product' | 'note' | 'other';

export interface TableRow {
  stt: string;
  /** Roman group row above this row ("I" of "I. Cải cách thể chế"), if any. */
  group: string | null;
  groupTitle: string | null;
  cells: Partial<Record<ColumnRole, string>>;
  lines: [number, number];
}

export interface TaskTable {
  lines: [number, number];
  roles: ColumnRole[];
  rows: TableRow[];
  /** 0-based indexes of every line the table occupies, kept out of the outline parser. */
  lineIndexes: number[];
}

export function roleOf(header: string): ColumnRole {
  const f = foldVietnamese(header);
  if (/^(stt|tt|so tt|so thu tu)$/.test(f)) return 'stt';
  if (/phoi hop/.test(f)) return 'support';
  if (/chu tri/.test(f)) return 'lead';
  if (/(thoi han|thoi gian|hoan thanh|tien do|^han\b)/.test(f)) return 'deadline';
  if (/(san pham|ket qua)/.test(f)) return 'product';
  if (/ghi chu/.test(f)) return 'note';
  if (/(nhiem vu|noi dung|cong viec|hoat dong|giai phap|ten de an|de an)/.test(f)) return 'task';
  if (/(thuc hien|trach nhiem|co quan|don vi)/.test(f)) return 'lead';
  return 'other';
}

const STT = /^(\d{1,3}(?:\.\d{1,2})*|[IVX]{1,5}|[a-zđ])[.)]?$/u;
const ROMAN = /^[IVX]{1,5}$/;

function isTaskTable(roles: ColumnRole[]): boolean {
  return roles.includes('task') && (roles.includes('lead') || roles.includes('deadline'));
}

/** Task tables in lines[from, to): markdown/pipe tables and space-aligned text tables. */
export function findTaskTables(lines: TextLine[], from: number, to: number): TaskTable[] {
  const tables: TaskTable[] = [];
  for (let i = from; i < to; i++) {
    if (lines[i].text.startsWith('|')) {
      const table = pipeTable(lines, i, to);
      if (table) tables.push(table);
      while (i + 1 < to && lines[i + 1].text.startsWith('|')) i++;
      continue;
    }
    const header = splitSegments(lines[i].raw, 2);
    if (header.length >= 3 && /^(stt|tt)$/.test(foldVietnamese(header[0].text))) {
      const table = spaceTable(lines, i, to);
      if (table) {
        tables.push(table);
        i = table.lineIndexes[table.lineIndexes.length - 1];
      }
    }
  }
  return tables;
}

function pipeCells(text: string): string[] {
  return text
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

function pipeTable(lines: TextLine[], start: number, to: number): TaskTable | null {
  const rowsText: { cells: string[]; index: number }[] = [];
  let i = start;
  for (; i < to && lines[i].text.startsWith('|'); i++) {
    const cells = pipeCells(lines[i].text);
    if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) continue; // |---|---|
    rowsText.push({ cells, index: i });
  }
  if (rowsText.length < 2) return null;
  const headerCells = [...rowsText[0].cells];
  let k = 1;
  // A second header row ("chủ trì | phối hợp" under "Cơ quan thực hiện") merges upward.
  while (k < rowsText.length && !STT.test(rowsText[k].cells[0] ?? '') && rowsText[k].cells.some((c) => roleOf(c) !== 'other')) {
    rowsText[k].cells.forEach((c, j) => (headerCells[j] = `${headerCells[j] ?? ''} ${c}`.trim()));
    k++;
  }
  const roles = headerCells.map(roleOf);
  if (!isTaskTable(roles)) return null;
  const rows = collectRows(
    rowsText.slice(k).map((r) => ({ cells: r.cells, no: lines[r.index].no, blankBefore: false })),
    roles,
  );
  const lineIndexes: number[] = [];
  for (let j = start; j < i; j++) lineIndexes.push(j);
  return { lines: [lines[start].no, lines[i - 1].no], roles, rows, lineIndexes };
}

/**
 * A table that PDF-to-text laid out with spaces: columns start where the header's words
 * start; cell text wraps onto continuation lines that leave the STT column empty.
 */
function spaceTable(lines: TextLine[], start: number, to: number): TaskTable | null {
  const header = splitSegments(lines[start].raw, 2);
  const starts = header.map((s) => s.start);
  const names = header.map((s) => s.text);
  const column = (at: number): number => {
    let k = 0;
    for (let j = 0; j < starts.length; j++) if (starts[j] <= at + 3) k = j;
    return k;
  };
  let i = start + 1;
  // Header words wrapped onto the next lines ("Cơ quan" / "chủ trì").
  for (; i < to; i++) {
    const segs = splitSegments(lines[i].raw, 2);
    if (!segs.length) break;
    if (STT.test(segs[0].text) && segs[0].start < starts[1] - 1) break;
    if (segs.some((s) => s.start < starts[1] - 1)) break;
    for (const s of segs) names[column(s.start)] += ` ${s.text}`;
  }
  const roles = names.map(roleOf);
  if (!isTaskTable(roles)) return null;

  const raw: { cells: string[]; no: number; blankBefore: boolean }[] = [];
  let last = i - 1;
  let blank = false;
  for (; i < to; i++) {
    const segs = splitSegments(lines[i].raw, 2);
    if (!segs.length) {
      if (blank) break; // two blank lines end the table
      blank = true;
      continue;
    }
    const cells: string[] = names.map(() => '');
    for (const s of segs) {
      const k = column(s.start);
      cells[k] = cells[k] ? `${cells[k]} ${s.text}` : s.text;
    }
    const sttText = cells[0];
    const inSttColumn = segs.some((s) => s.start < starts[1] - 1);
    if (inSttColumn && !STT.test(sttText)) break; // prose from the left margin: the table is over
    raw.push({ cells, no: lines[i].no, blankBefore: blank });
    blank = false;
    last = i;
  }
  if (!raw.length) return null;
  const rows = collectRows(raw, roles);
  const lineIndexes: number[] = [];
  for (let j = start; j <= last; j++) lineIndexes.push(j);
  return { lines: [lines[start].no, lines[last].no], roles, rows, lineIndexes };
}

/**
 * Physical lines → rows. When blank lines separate the rows, each blank-separated block is
 * one row wherever its STT sits (PDF converters centre it vertically); otherwise a row
 * starts at each line with an STT and the lines under it continue its cells.
 */
function collectRows(raw: { cells: string[]; no: number; blankBefore: boolean }[], roles: ColumnRole[]): TableRow[] {
  const sttCol = roles.indexOf('stt') >= 0 ? roles.indexOf('stt') : 0;
  const numbered = raw.filter((r) => STT.test(r.cells[sttCol] ?? ''));
  const blockMode = raw.some((r) => r.blankBefore) && numbered.length > 1 && raw.filter((r) => r.blankBefore).length >= numbered.length - 1;

  const blocks: { cells: string[]; no: number }[][] = [];
  for (const r of raw) {
    const startsRow = blockMode ? r.blankBefore || blocks.length === 0 : STT.test(r.cells[sttCol] ?? '') || blocks.length === 0;
    if (startsRow) blocks.push([r]);
    else blocks[blocks.length - 1].push(r);
  }
  const rows: TableRow[] = [];
  let group: string | null = null;
  let groupTitle: string | null = null;
  for (const block of blocks) {
    const cells: Partial<Record<ColumnRole, string>> = {};
    let stt = '';
    for (const line of block) {
      line.cells.forEach((c, j) => {
        if (!c) return;
        if (j === sttCol) {
          stt ||= c.replace(/[.)]$/, '');
          return;
        }
        const role = roles[j] ?? 'other';
        cells[role] = cells[role] ? `${cells[role]} ${c}` : c;
      });
    }
    const lineRange: [number, number] = [block[0].no, block[block.length - 1].no];
    if (!stt) {
      // Text under no number continues the previous row (a row split across pages).
      const prev = rows[rows.length - 1];
      if (prev) {
        for (const [role, text] of Object.entries(cells) as [ColumnRole, string][]) {
          prev.cells[role] = prev.cells[role] ? `${prev.cells[role]} ${text}` : text;
        }
        prev.lines[1] = lineRange[1];
      }
      continue;
    }
    if (ROMAN.test(stt) && !cells.lead && !cells.deadline && !cells.support) {
      group = stt;
      groupTitle = cells.task ?? null;
      continue;
    }
    rows.push({ stt, group, groupTitle, cells, lines: lineRange });
  }
  return rows;
}
