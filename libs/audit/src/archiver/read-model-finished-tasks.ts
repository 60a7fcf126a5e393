import type { TaskReadModelRepository } from '@dondoc/persistence';
import type { FinishedTasks } from './finished-tasks.port';

/** Finished tasks as the task read model sees them: the last snapshot has `finishedAt`. */
export class ReadModelFinishedTasks implements FinishedTasks {
  constructor(private readonly tasks: TaskReadModelRepository) {}

  async finishedTaskIds(since?: string): Promise<string[]> {
    // ISO instants of one format compare as strings.
    const finishedAt: Record<string, string> = since ? { $type: 'string', $gte: since } : { $type: 'string' };
    const rows = await this.tasks.model.find({ 'snapshot.finishedAt': finishedAt }, { _id: 1 }).lean<{ _id: string }[]>();
    return rows.map((r) => r._id);
  }
}
