import type { TaskReadModelRepository } from '@dondoc/persistence';
import type { FinishedTasks } from './finished-tasks.port';

/** Finished tasks as the task read model sees them: the last snapshot has `finishedAt`. */
export class ReadModelFinishedTasks implements FinishedTasks {
  constructor(private readonly tasks: TaskReadModelRepository) {}

  async finishedTaskIds(since?: string): Promise<string[]> {
    // ISO instants of one format compare as strings; `$gte` on a string matches strings only
    // (null, an open task, is another type), and it is a range the index serves.
    const rows = await this.tasks.model.find({ 'snapshot.finishedAt': { $gte: since ?? '' } }, { _id: 1 }).lean<{ _id: string }[]>();
    return rows.map((r) => r._id);
  }
}
