import type { TaskSnapshot } from '@dondoc/workflows';
import type { Connection, Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';
import { taskReadModelSchema } from './task-read-model.schema';

export interface TaskRow {
  _id: string;
  directiveId: string;
  directiveNumber: string;
  itemRef: string;
  leadUnitId: string;
  supportUnitIds: string[];
  status: string;
  overdue: boolean;
  escalationLevel: number;
  dueAt: string | null;
  revision: number;
  projectedAt: string;
  snapshot: TaskSnapshot;
}

export interface TaskListFilter {
  directiveId?: string;
  /** Tasks led by (or supported by) one of these units. */
  unitIds?: string[];
  status?: string;
  limit?: number;
  offset?: number;
}

export const TASK_READ_MODEL = Symbol('TaskReadModel');

export class TaskReadModelRepository {
  readonly model: Model<TaskRow>;

  constructor(connection: Connection) {
    this.model = (connection.models.TaskReadModel as Model<TaskRow> | undefined) ?? connection.model<TaskRow>('TaskReadModel', taskReadModelSchema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  /**
   * Stores the snapshot unless a newer (or the same) revision is already there: the
   * filter only matches an older row, and when the row is newer the upsert's insert hits
   * the _id and is refused. Returns whether it was applied. Order of arrival is irrelevant.
   */
  async project(snapshot: TaskSnapshot): Promise<boolean> {
    const row: Omit<TaskRow, '_id'> = {
      directiveId: snapshot.directiveId,
      directiveNumber: snapshot.directiveNumber,
      itemRef: snapshot.itemRef,
      leadUnitId: snapshot.leadUnitId,
      supportUnitIds: snapshot.supportUnitIds,
      status: snapshot.status,
      overdue: snapshot.overdue,
      escalationLevel: snapshot.escalationLevel,
      dueAt: snapshot.dueAt,
      revision: snapshot.revision,
      projectedAt: new Date().toISOString(),
      snapshot,
    };
    try {
      const result = await this.model.updateOne({ _id: snapshot.taskId, revision: { $lt: snapshot.revision } }, { $set: row }, { upsert: true });
      return result.modifiedCount + result.upsertedCount > 0;
    } catch (e) {
      if (isDuplicateKey(e)) return false;
      throw e;
    }
  }

  async findById(taskId: string): Promise<TaskRow | null> {
    return this.model.findById(taskId).lean<TaskRow>();
  }

  async list(filter: TaskListFilter): Promise<TaskRow[]> {
    return this.model
      .find(this.query(filter))
      .sort({ directiveId: 1, itemRef: 1, leadUnitId: 1 })
      .skip(filter.offset ?? 0)
      .limit(filter.limit ?? 100)
      .lean<TaskRow[]>();
  }

  async byDirective(directiveId: string): Promise<TaskRow[]> {
    return this.model.find({ directiveId }).lean<TaskRow[]>();
  }

  private query(filter: TaskListFilter): Record<string, unknown> {
    const query: Record<string, unknown> = {};
    if (filter.directiveId) query.directiveId = filter.directiveId;
    if (filter.status) query.status = filter.status;
    if (filter.unitIds) query.$or = [{ leadUnitId: { $in: filter.unitIds } }, { supportUnitIds: { $in: filter.unitIds } }];
    return query;
  }
}
