import type { TaskSnapshot } from '@dondoc/task-follow-up';
import type { Connection, Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';
import { compareBy, countAnyOf, findAnyOf, type SortSpec } from '../query/find-any-of';
import { foldedContains } from '../query/fold-text';
import { ReportCountsRepository } from '../reports/report-counts.repository';
import { taskSearchText } from '../search/search-text';
import type { RowTally } from './row-tally';
import { dropSupersededIndexes } from '../query/superseded-indexes';
import { SUPERSEDED_TASK_INDEXES, taskReadModelSchema } from './task-read-model.schema';

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

/** The snapshot fields a list row is made of (GET /v1/tasks): a row read without the rest of its snapshot (timeline, reports, periods). */
export const TASK_SUMMARY_FIELDS = [
  'taskId',
  'directiveId',
  'directiveNumber',
  'itemRef',
  'text',
  'leadUnitId',
  'supportUnitIds',
  'status',
  'statusLabel',
  'reportingStatus',
  'reportingLabel',
  'overdue',
  'escalationLevel',
  'acknowledgeBy',
  'dueAt',
  'revision',
  'asOf',
] as const satisfies readonly (keyof TaskSnapshot)[];

/** A list row: the filter fields and the summary part of the snapshot (`state` too when asked: a status as of a date is computed from it). */
export type TaskSummaryRow = Omit<TaskRow, 'snapshot'> & {
  snapshot: Pick<TaskSnapshot, (typeof TASK_SUMMARY_FIELDS)[number]> & { state?: TaskSnapshot['state'] };
};

/** Per directive: how many of its tasks have a row, by status, overdue and escalated (a directive's progress). */
export interface DirectiveTaskCounts {
  following: number;
  byStatus: Record<string, number>;
  overdue: number;
  escalated: number;
}

export interface TaskListFilter {
  directiveId?: string;
  /** Tasks led by (or supported by) one of these units. */
  unitIds?: string[];
  status?: string;
  /** Tasks in any of these statuses (one indexed query per status, merged in the sort order). */
  statuses?: readonly string[];
  overdue?: boolean;
  /** Tasks due before this instant (ISO 8601, UTC as stored); tasks without a deadline are left out. */
  dueBefore?: string;
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
    await dropSupersededIndexes(this.model as never, SUPERSEDED_TASK_INDEXES);
    await this.counts.init();
  }

  /**
   * Stores the snapshot unless a newer (or the same) revision is already there; returns
   * whether it was applied, so order of arrival is irrelevant.
   *
   * Read by `_id`, compare, write by `_id`: FerretDB 1.24 pushes down only a filter that is
   * exactly `{_id}`, and an `{_id, revision: {$lt}}` filter made every projection decode
   * the whole collection (the benchmark's bottleneck: 82 % of FerretDB's CPU, measured with
   * pprof). SecantusDB 0.7.0b3 plans it as a collection scan too (explain: COLLSCAN; 257 ms
   * against 1 ms by `_id` on 20,000 rows, docs/scaling.md). A task's projections come one at
   * a time (its workflow awaits each recordFacts), and the first insert is guarded by the
   * unique `_id`.
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
      searchText: taskSearchText(snapshot),
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

  /** The task's text alone (a notice quotes it): not the row's snapshot, timeline and tally. */
  async textOf(taskId: string): Promise<string | null> {
    const row = await this.model.findById(taskId, { 'snapshot.text': 1 }).lean<{ snapshot?: { text?: string } }>();
    return row?.snapshot?.text ?? null;
  }

  async list(filter: TaskListFilter): Promise<TaskRow[]> {
    return this.query<TaskRow>(filter);
  }

  /**
   * The same page as `list` with only the snapshot's summary fields (and its `state` when
   * `withState`): a list of 20 rows then weighs a few kB, not its rows' timelines and reports.
   */
  async summaries(filter: TaskListFilter & { withState?: boolean }): Promise<TaskSummaryRow[]> {
    const projection: Record<string, 1> = { ...ROW_FIELDS };
    for (const field of TASK_SUMMARY_FIELDS) projection[`snapshot.${field}`] = 1;
    if (filter.withState) projection['snapshot.state'] = 1;
    return this.query<TaskSummaryRow>(filter, projection);
  }

  /** How many rows `list` pages through (same filter, no page). */
  async count(filter: TaskListFilter): Promise<number> {
    // Rows of different statuses are different rows: the counts of each status add up.
    const counts = await Promise.all(
      conditionsOf(filter).map((rest) => {
        // No filter at all: the collection's own count (a count of every row would read them all).
        if (!filter.unitIds) return Object.keys(rest).length ? this.model.countDocuments(rest) : this.model.estimatedDocumentCount();
        return countAnyOf(this.model, { field: 'unitIds', values: filter.unitIds, rest });
      }),
    );
    return counts.reduce((a, b) => a + b, 0);
  }

  /**
   * The directives' task counts in ONE read (a list page's progress bars): the rows of these
   * directives grouped by directive, status, overdue and escalated. The store sends back a few
   * counts per directive instead of every row with its snapshot.
   */
  async countsByDirective(directiveIds: readonly string[]): Promise<Map<string, DirectiveTaskCounts>> {
    const out = new Map<string, DirectiveTaskCounts>();
    if (directiveIds.length === 0) return out;
    const match = directiveIds.length === 1 ? { directiveId: directiveIds[0] } : { directiveId: { $in: [...directiveIds] } };
    const groups = await this.model.aggregate<{
      _id: { directiveId: string; status: string; overdue: boolean; escalated: boolean };
      n: number;
    }>([
      { $match: match },
      {
        $group: {
          _id: { directiveId: '$directiveId', status: '$status', overdue: '$overdue', escalated: { $gt: ['$escalationLevel', 0] } },
          n: { $sum: 1 },
        },
      },
    ]);
    for (const { _id: g, n } of groups) {
      const counts = out.get(g.directiveId) ?? { following: 0, byStatus: {}, overdue: 0, escalated: 0 };
      counts.following += n;
      counts.byStatus[g.status] = (counts.byStatus[g.status] ?? 0) + n;
      if (g.overdue) counts.overdue += n;
      if (g.escalated) counts.escalated += n;
      out.set(g.directiveId, counts);
    }
    return out;
  }

  /**
   * One page of rows: one indexed query per status asked (each reads at most skip + limit
   * rows), merged in the sort order. The order asked for, then the default one as tie-break
   * (directive, item, unit: one task each), so pages never overlap.
   */
  private async query<T>(filter: TaskListFilter, projection?: Record<string, 1>): Promise<T[]> {
    const sort: SortSpec = { ...(filter.sort ?? {}) };
    for (const [key, direction] of Object.entries(TASK_ORDER)) sort[key] ??= direction;
    const skip = filter.offset ?? 0;
    const limit = filter.limit ?? 100;
    const variants = conditionsOf(filter);
    const page = (rest: Record<string, unknown>, from: number, count: number) =>
      filter.unitIds
        ? findAnyOf<T>(this.model as never, { field: 'unitIds', values: filter.unitIds, rest, sort, skip: from, limit: count, projection })
        : this.model.find(rest, projection).sort(sort).skip(from).limit(count).lean<T[]>();
    if (variants.length === 1) return page(variants[0], skip, limit);
    const parts = await Promise.all(variants.map((rest) => page(rest, 0, skip + limit)));
    return parts
      .flat()
      .sort(compareBy(sort))
      .slice(skip, skip + limit);
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

/** The row fields a list row keeps beside its snapshot's summary. */
const ROW_FIELDS = {
  directiveId: 1,
  directiveNumber: 1,
  itemRef: 1,
  leadUnitId: 1,
  supportUnitIds: 1,
  unitIds: 1,
  status: 1,
  overdue: 1,
  escalationLevel: 1,
  dueAt: 1,
  revision: 1,
  projectedAt: 1,
} as const;

/**
 * The filter's conditions besides the units, one set per status asked: SecantusDB serves an
 * equality on every field of an index prefix (and one range after it), not an `$in` beside a
 * range, so several statuses are several queries.
 */
function conditionsOf(filter: TaskListFilter): Record<string, unknown>[] {
  const rest: Record<string, unknown> = {};
  if (filter.directiveId) rest.directiveId = filter.directiveId;
  if (filter.overdue !== undefined) rest.overdue = filter.overdue;
  // '' is below every date and above null: rows without a deadline are not read.
  if (filter.dueBefore) rest.dueAt = { $gte: '', $lt: filter.dueBefore };
  if (filter.search?.trim()) rest.searchText = foldedContains(filter.search);
  const statuses = filter.statuses ?? (filter.status ? [filter.status] : []);
  if (statuses.length === 0) return [rest];
  return [...new Set(statuses)].map((status) => ({ ...rest, status }));
}
