import type { TaskSnapshot } from '@dondoc/task-follow-up';
import type { Connection, Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';
import { ReportCountsRepository } from '../reports/report-counts.repository';
import type { RowTally } from './row-tally';
import { countAnyOf, findAnyOf, type SortSpec } from '../query/find-any-of';
import { foldedContains, foldVietnamese } from '../query/fold-text';
import { taskReadModelSchema } from './task-read-model.schema';

/** Ids per `{_id: {$in}}` read (bounded, so one read of a big directive stays a modest reply). */
const IDS_PER_READ = 500;
const TASK_ORDER = { directiveId: 1, itemRef: 1, leadUnitId: 1 } as const;

export interface TaskRow {
  _id: string;
  directiveId: string;
  directiveNumber: string;
  itemRef: string;
  leadUnitId: string;
  supportUnitIds: string[];
  unitIds: string[];
  status: string;
  overdue: boolean;
  escalationLevel: number;
  dueAt: string | null;
  revision: number;
  projectedAt: string;
  /** The directive number, item and task text folded (no diacritics, lower case) for search. */
  searchText?: string;
  /** What the row adds to the dashboard's counts (report-counts), given back at its next projection to take it off again. */
  reportTally?: unknown[];
  /** 'YYYY-MM|class' of its report items: a drill-down reads only the rows of one class. */
  reportKeys?: string[];
  snapshot: TaskSnapshot;
}

export interface TaskListFilter {
  directiveId?: string;
  /** Tasks led by (or supported by) one of these units. */
  unitIds?: string[];
  status?: string;
  /** Words of the task's text, number or item, with or without diacritics. */
  search?: string;
  sort?: SortSpec;
  limit?: number;
  offset?: number;
}

export const TASK_READ_MODEL = Symbol('TaskReadModel');

export class TaskReadModelRepository {
  readonly model: Model<TaskRow>;
  private readonly counts: ReportCountsRepository;

  constructor(connection: Connection) {
    this.model =
      (connection.models.TaskReadModel as Model<TaskRow> | undefined) ?? connection.model<TaskRow>('TaskReadModel', taskReadModelSchema);
    this.counts = new ReportCountsRepository(connection);
  }

  async init(): Promise<void> {
    await this.model.init();
    await this.counts.init();
  }

  /**
   * Stores the snapshot unless a newer (or the same) revision is already there; returns
   * whether it was applied, so order of arrival is irrelevant.
   *
   * Read by `_id`, compare, write by `_id`: FerretDB 1.24 pushes down only a filter that is
   * exactly `{_id}`, and an `{_id, revision: {$lt}}` filter made every projection decode
   * the whole collection (the benchmark's bottleneck: 82 % of FerretDB's CPU, measured with
   * pprof). A task's projections come one at a time (its workflow awaits each recordFacts),
   * and the first insert is guarded by the unique `_id`.
   *
   * With a `tally` (the worker's projection passes one), the row keeps what it adds to the
   * dashboard's counts and the counts move by the difference: the previous tally −1, the new +1.
   * A crash between the row and the counts is repaired by a rebuild (report-counts-rebuild).
   */
  async project(snapshot: TaskSnapshot, tally?: RowTally): Promise<boolean> {
    const row: Omit<TaskRow, '_id'> = {
      directiveId: snapshot.directiveId,
      directiveNumber: snapshot.directiveNumber,
      itemRef: snapshot.itemRef,
      leadUnitId: snapshot.leadUnitId,
      supportUnitIds: snapshot.supportUnitIds,
      unitIds: [snapshot.leadUnitId, ...snapshot.supportUnitIds],
      status: snapshot.status,
      overdue: snapshot.overdue,
      escalationLevel: snapshot.escalationLevel,
      dueAt: snapshot.dueAt,
      revision: snapshot.revision,
      projectedAt: new Date().toISOString(),
      searchText: foldVietnamese(`${snapshot.directiveNumber} ${snapshot.itemRef} ${snapshot.text}`),
      ...(tally ? { reportTally: [...tally.entries], reportKeys: [...tally.keys] } : {}),
      snapshot,
    };
    // A task's first snapshot (revision 1) is almost always new: insert it straight away.
    if (snapshot.revision === 1 && (await this.insert(snapshot.taskId, row))) return this.counted(tally, []);
    for (let attempt = 0; attempt < 2; attempt++) {
      const stored = await this.model
        .findById(snapshot.taskId, { revision: 1, reportTally: 1 })
        .lean<{ revision: number; reportTally?: unknown[] }>();
      if (stored) {
        if (stored.revision >= snapshot.revision) return false;
        await this.model.updateOne({ _id: snapshot.taskId }, { $set: row });
        return this.counted(tally, stored.reportTally ?? []);
      }
      if (await this.insert(snapshot.taskId, row)) return this.counted(tally, []); // else inserted meanwhile: compare with that one
    }
    return false;
  }

  private async counted(tally: RowTally | undefined, before: readonly unknown[]): Promise<true> {
    if (tally) await this.counts.apply(tally.deltaFrom(before));
    return true;
  }

  /** Inserts the row; false when one with that _id exists. */
  private async insert(taskId: string, row: Omit<TaskRow, '_id'>): Promise<boolean> {
    try {
      await this.model.create({ _id: taskId, ...row });
      return true;
    } catch (e) {
      if (isDuplicateKey(e)) return false;
      throw e;
    }
  }

  async findById(taskId: string): Promise<TaskRow | null> {
    return this.model.findById(taskId).lean<TaskRow>();
  }

  async list(filter: TaskListFilter): Promise<TaskRow[]> {
    const rest = conditionsOf(filter);
    // The order asked for, then the default one as tie-break (directive, item, unit: one task each), so pages never overlap.
    const sort: SortSpec = { ...(filter.sort ?? {}) };
    for (const [key, direction] of Object.entries(TASK_ORDER)) sort[key] ??= direction;
    const page = { sort, skip: filter.offset ?? 0, limit: filter.limit ?? 100 };
    if (filter.unitIds) return findAnyOf(this.model, { field: 'unitIds', values: filter.unitIds, rest, ...page });
    return this.model.find(rest).sort(page.sort).skip(page.skip).limit(page.limit).lean<TaskRow[]>();
  }

  /** How many rows `list` pages through (same filter, no page). */
  async count(filter: TaskListFilter): Promise<number> {
    const rest = conditionsOf(filter);
    // No filter at all: the collection's own count (a count of every row would read them all).
    if (!filter.unitIds) return Object.keys(rest).length ? this.model.countDocuments(rest) : this.model.estimatedDocumentCount();
    return countAnyOf(this.model, { field: 'unitIds', values: filter.unitIds, rest });
  }

  /**
   * The rows of these tasks (a directive knows its task ids), in one `{_id: {$in}}` read per
   * few hundred ids: a point lookup of each id on the store (SecantusDB and MongoDB; FerretDB
   * 1.24 on SQLite, still selectable, decodes the collection for it). One round trip instead of
   * one per task: GET /v1/directives/:id reads its 50 to 200 tasks. Tasks not projected yet
   * are simply absent.
   */
  async byTaskIds(taskIds: readonly string[]): Promise<TaskRow[]> {
    const rows: TaskRow[] = [];
    for (let i = 0; i < taskIds.length; i += IDS_PER_READ)
      rows.push(...(await this.model.find({ _id: { $in: taskIds.slice(i, i + IDS_PER_READ) } }).lean<TaskRow[]>()));
    return rows;
  }

  /**
   * Ids of the open tasks whose follow-up runs on a calendar version older than `sequence`
   * (the rollout of a published version). Open tasks are read by the finishedAt index and
   * compared here: rows projected before published calendars have no sequence (= 1).
   */
  async openTasksBehindCalendar(sequence: number): Promise<string[]> {
    const open = await this.model
      .find({ 'snapshot.finishedAt': null }, { _id: 1, 'snapshot.calendarSequence': 1 })
      .lean<{ _id: string; snapshot?: { calendarSequence?: number } }[]>();
    return open.filter((row) => (row.snapshot?.calendarSequence ?? 1) < sequence).map((row) => row._id);
  }
}

function conditionsOf(filter: TaskListFilter): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  if (filter.directiveId) rest.directiveId = filter.directiveId;
  if (filter.status) rest.status = filter.status;
  if (filter.search?.trim()) rest.searchText = foldedContains(filter.search);
  return rest;
}
