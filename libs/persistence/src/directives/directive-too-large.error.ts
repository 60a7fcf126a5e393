import { mongo } from 'mongoose';

/**
 * What one issue may write into the directive document: the store refuses documents over
 * 16 MiB (the driver throws a RangeError before sending, which would surface as a 5xx), and
 * 1 MiB is left for the draft's own fields (its items and texts).
 */
export const MAX_ISSUE_WRITE_BYTES = 15 * 1024 * 1024;

/** The directive's issue would not fit in one document: the caller asked too much (413), not a fault. */
export class DirectiveTooLargeError extends Error {
  constructor(
    readonly taskCount: number,
    readonly bytes: number,
    readonly maxBytes: number,
    /** About how many tasks of this directive's size would fit. */
    readonly maxTasks: number,
  ) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    super(
      `Văn bản giao ${taskCount} nhiệm vụ (${mb(bytes)} MB), vượt giới hạn ${mb(maxBytes)} MB của một lần ban hành, tức khoảng ${maxTasks} nhiệm vụ; ` +
        `hãy tách thành nhiều văn bản (directive too large to issue: ${taskCount} tasks, ${mb(bytes)} MB; the limit is ${mb(maxBytes)} MB, about ${maxTasks} tasks)`,
    );
    this.name = 'DirectiveTooLargeError';
  }
}

/** Throws `DirectiveTooLargeError` when `write` (what one issue stores in the directive) is over `maxBytes` as BSON. */
export function assertIssueFits(write: Record<string, unknown>, taskCount: number, maxBytes = MAX_ISSUE_WRITE_BYTES): void {
  const bytes = mongo.BSON.calculateObjectSize(write);
  if (bytes <= maxBytes) return;
  throw new DirectiveTooLargeError(taskCount, bytes, maxBytes, Math.floor((maxBytes / bytes) * taskCount));
}
