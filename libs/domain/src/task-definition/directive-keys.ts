import { foldVietnamese } from '../org-chart/unit-name.folding';

// Ids from business keys, never from time or randomness: the same letter issued twice is the
// same directive, and a task's workflow id (task:<taskId>) follows from it.

/** A directive's id from its business key: number and date (`907/UBND-NV`, 2022-01-25 → `907-ubnd-nv-2022-01-25`). */
export function directiveIdOf(number: string, date: string): string {
  const slug = foldVietnamese(number)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'van-ban'}-${date}`;
}

/** One task per item and lead unit: `<directiveId>.<itemRef>.<unitId>`. */
export const taskIdOf = (directiveId: string, itemRef: string, unitId: string) => `${directiveId}.${itemRef}.${unitId}`;
