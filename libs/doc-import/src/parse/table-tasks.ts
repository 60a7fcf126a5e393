import type { RawTask } from './outline-tasks';
import type { TaskTable } from './task-table.parser';

/** Appendix or body table rows → tasks; refs are the STT, under its roman group if any. */
export function tableTasks(tables: TaskTable[], refPrefix: string): RawTask[] {
  const tasks: RawTask[] = [];
  tables.forEach((table, t) => {
    // Appendix rows are "PL.<STT>"; body tables "B.<STT>" so they never collide with the
    // numbered items around them; further tables in a region are "B2.", "B3." ….
    const tablePrefix = refPrefix === '' ? `B${t === 0 ? '' : t + 1}.` : t === 0 ? refPrefix : `${refPrefix}B${t + 1}.`;
    for (const row of table.rows) {
      const text = (row.cells.task ?? '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const notes: string[] = [];
      if (row.cells.product) notes.push(`Sản phẩm: ${row.cells.product.replace(/\s+/g, ' ').trim()}`);
      if (row.cells.note) notes.push(`Ghi chú: ${row.cells.note.replace(/\s+/g, ' ').trim()}`);
      tasks.push({
        ref: `${tablePrefix}${row.group ? `${row.group}.` : ''}${row.stt}`,
        text,
        lines: row.lines,
        source: 'table',
        context: row.groupTitle ?? undefined,
        ancestors: row.groupTitle ? [row.groupTitle] : [],
        cells: { lead: row.cells.lead, support: row.cells.support, deadline: row.cells.deadline, product: row.cells.product },
        notes,
      });
    }
  });
  return tasks;
}
