import type { RowTally, TaskReadModelRepository } from '@dondoc/persistence';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { rowKeysOf, tallyDelta, tallyOfSnapshot, type TallyEntry } from './report-tally';

// The worker's task projection: the row, and the dashboard's counts moved with it.

export function rowTallyOf(snapshot: TaskSnapshot, now: Date): RowTally {
  const entries = tallyOfSnapshot(snapshot, now);
  return {
    entries,
    keys: rowKeysOf(entries),
    deltaFrom: (before) => tallyDelta(before as TallyEntry[], entries),
  };
}

export class CountingTaskProjection {
  constructor(
    private readonly tasks: Pick<TaskReadModelRepository, 'project'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  project(snapshot: TaskSnapshot): Promise<boolean> {
    return this.tasks.project(snapshot, rowTallyOf(snapshot, this.now()));
  }
}
