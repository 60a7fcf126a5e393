import { foldVietnamese } from '../query/fold-text';

// What each searchable row stores in `searchText`, said once: the repositories write it with
// every row, and the backfill (search-text-backfill.ts) computes it for rows written before.

/** A task row: its directive's number, its item and its text, folded. */
export const taskSearchText = (task: { directiveNumber: string; itemRef: string; text: string }): string =>
  foldVietnamese(`${task.directiveNumber} ${task.itemRef} ${task.text}`);

/** A directive: its number, subject and every task text, folded. */
export const directiveSearchText = (directive: { number: string; subject: string; tasks: { text: string }[] }): string =>
  foldVietnamese([directive.number, directive.subject, ...directive.tasks.map((t) => t.text)].join(' '));
