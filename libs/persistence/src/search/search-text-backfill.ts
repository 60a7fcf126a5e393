import { Schema, type Connection, type Model } from 'mongoose';
import { DirectiveRepository } from '../directives/directive.repository';
import { TaskReadModelRepository } from '../tasks/task-read-model.repository';
import { directiveSearchText, taskSearchText } from './search-text';

// Rows written before search existed have no `searchText`, so `q` never finds them. The
// backfill walks each collection once in `_id` order, a batch at a time, and sets the folded
// text where it is missing:
// - idempotent: a row is written only while it still has no searchText (a conditional
//   update), so a second run, a concurrent run or a fresher projection is never overwritten;
// - resumable: after each batch the last `_id` read is saved (collection `maintenance_progress`),
//   and a stopped run continues from there; a finished walk is remembered and not repeated
//   (rows written since then carry their searchText) unless asked `again`.
// The walk reads pages by `_id` range (the one index every store walks in order), never a
// query on the missing field, which no index serves.

export const SEARCH_TEXT_TARGETS = ['directives', 'tasks'] as const;
export type SearchTextTarget = (typeof SEARCH_TEXT_TARGETS)[number];

export interface SearchTextBackfillProgress {
  target: SearchTextTarget;
  /** Rows read so far (this run and the runs it resumes). */
  read: number;
  /** Rows in the collection when this run began (an estimate). */
  total: number;
  /** Rows given their searchText so far. */
  filled: number;
}

export interface SearchTextBackfillOutcome extends SearchTextBackfillProgress {
  /** finished: walked to the end now; already-done: a previous run finished it; stopped: `shouldStop` said so. */
  outcome: 'finished' | 'already-done' | 'stopped';
}

export interface SearchTextBackfillOptions {
  /** Rows per read and per bulk write (default 500). */
  batchSize?: number;
  /** Walk again from the start even when a previous run finished. */
  again?: boolean;
  onProgress?: (progress: SearchTextBackfillProgress) => void;
  /** Asked before each batch (a process shutting down): the run stops there and resumes next time. */
  shouldStop?: () => boolean;
}

interface ProgressDoc {
  _id: string;
  after: string | null;
  read: number;
  filled: number;
  updatedAt: string;
  finishedAt: string | null;
}

const progressSchema = new Schema(
  {
    _id: String,
    after: { type: String, default: null },
    read: { type: Number, default: 0 },
    filled: { type: Number, default: 0 },
    updatedAt: String,
    finishedAt: { type: String, default: null },
  },
  { versionKey: false, collection: 'maintenance_progress' },
);

/** The job's name in `maintenance_progress`: a new version of the folding would get a new one. */
const JOB = 'search-text-v1';

interface Walk {
  model: Model<{ _id: string }>;
  projection: Record<string, 1>;
  searchTextOf(row: Record<string, unknown>): string;
}

/** Nothing there: a row written before search existed (or with an empty value). */
const MISSING = { $in: [null, ''] };

export class SearchTextBackfill {
  private readonly progress: Model<ProgressDoc>;
  private readonly walks: Record<SearchTextTarget, Walk>;

  constructor(connection: Connection) {
    this.progress =
      (connection.models.MaintenanceProgress as Model<ProgressDoc> | undefined) ??
      connection.model<ProgressDoc>('MaintenanceProgress', progressSchema);
    this.walks = {
      directives: {
        model: new DirectiveRepository(connection).model as unknown as Model<{ _id: string }>,
        projection: { searchText: 1, number: 1, subject: 1, 'tasks.text': 1 },
        searchTextOf: (row) => directiveSearchText(row as unknown as Parameters<typeof directiveSearchText>[0]),
      },
      tasks: {
        model: new TaskReadModelRepository(connection).model as unknown as Model<{ _id: string }>,
        projection: { searchText: 1, directiveNumber: 1, itemRef: 1, 'snapshot.text': 1 },
        searchTextOf: (row) =>
          taskSearchText({
            directiveNumber: String(row.directiveNumber),
            itemRef: String(row.itemRef),
            text: String((row.snapshot as { text?: string } | undefined)?.text ?? ''),
          }),
      },
    };
  }

  async init(): Promise<void> {
    await this.progress.init();
  }

  /** Backfills every target in turn (directives, then tasks). */
  async run(options: SearchTextBackfillOptions = {}): Promise<SearchTextBackfillOutcome[]> {
    const outcomes: SearchTextBackfillOutcome[] = [];
    for (const target of SEARCH_TEXT_TARGETS) {
      const outcome = await this.runTarget(target, options);
      outcomes.push(outcome);
      if (outcome.outcome === 'stopped') break;
    }
    return outcomes;
  }

  async runTarget(target: SearchTextTarget, options: SearchTextBackfillOptions = {}): Promise<SearchTextBackfillOutcome> {
    const walk = this.walks[target];
    const batchSize = options.batchSize ?? 500;
    const id = `${JOB}:${target}`;
    const total = await walk.model.estimatedDocumentCount();
    const saved = options.again ? null : await this.progress.findById(id).lean<ProgressDoc>();
    if (saved?.finishedAt) return { target, read: saved.read, total, filled: saved.filled, outcome: 'already-done' };
    let after = saved?.after ?? null;
    let read = saved?.read ?? 0;
    let filled = saved?.filled ?? 0;
    for (;;) {
      if (options.shouldStop?.()) return { target, read, total, filled, outcome: 'stopped' };
      const rows = await walk.model
        .find(after === null ? {} : { _id: { $gt: after } }, walk.projection)
        .sort({ _id: 1 })
        .limit(batchSize)
        .lean<Array<Record<string, unknown> & { _id: string }>>();
      if (!rows.length) break;
      const missing = rows.filter((row) => !row.searchText);
      if (missing.length) {
        const written = await walk.model.bulkWrite(
          missing.map((row) => ({
            updateOne: { filter: { _id: row._id, searchText: MISSING }, update: { $set: { searchText: walk.searchTextOf(row) } } },
          })),
          { ordered: false },
        );
        filled += written.modifiedCount;
      }
      read += rows.length;
      after = rows[rows.length - 1]._id;
      await this.progress.updateOne(
        { _id: id },
        { $set: { after, read, filled, updatedAt: new Date().toISOString(), finishedAt: null } },
        { upsert: true },
      );
      options.onProgress?.({ target, read, total, filled });
    }
    const at = new Date().toISOString();
    await this.progress.updateOne({ _id: id }, { $set: { after, read, filled, updatedAt: at, finishedAt: at } }, { upsert: true });
    return { target, read, total, filled, outcome: 'finished' };
  }
}
