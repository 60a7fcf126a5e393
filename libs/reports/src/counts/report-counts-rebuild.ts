import { ReportCountsRepository, TaskReadModelRepository } from '@dondoc/persistence';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import type { Connection } from 'mongoose';
import { ReportCountsTotals } from './report-counts-totals';
import { REPORT_TALLY_VERSION, rowKeysOf, tallyDelta, tallyOfSnapshot, type TallyEntry } from './report-tally';

// The counts read model rebuilt from the task rows: once at deployment (the version changed
// or the model is empty), after a bulk load of rows without their counts (a restore), or to
// repair counts a crash left behind. Every row gets its tally; the counts are summed here and
// written anew. A row is written only when its stored tally or keys differ from the computed
// ones (a store updates every index of a row it rewrites: 4 ms a row on SecantusDB, 7 minutes
// for 100,000 rows that were right already). Run it while no worker projects (at start,
// before the worker polls).

export interface RebuildResult {
  readonly rows: number;
  readonly documents: number;
  /** Rows whose stored tally or keys differed, written anew. */
  readonly retallied: number;
  readonly ms: number;
}

export async function rebuildReportCounts(connection: Connection, now: Date = new Date()): Promise<RebuildResult> {
  const started = Date.now();
  const tasks = new TaskReadModelRepository(connection);
  const counts = new ReportCountsRepository(connection);
  await counts.init();
  const totals = new ReportCountsTotals();
  let writes: Parameters<typeof tasks.model.bulkWrite>[0] = [];
  const flush = async () => {
    if (writes.length) await tasks.model.bulkWrite(writes, { ordered: false });
    writes = [];
  };
  let rows = 0;
  let retallied = 0;
  const cursor = tasks.model
    .find({}, { snapshot: 1, reportTally: 1, reportKeys: 1 })
    .lean<{ _id: string; snapshot: TaskSnapshot; reportTally?: unknown[]; reportKeys?: string[] }[]>()
    .cursor();
  for await (const row of cursor) {
    rows++;
    const entries = tallyOfSnapshot(row.snapshot, now);
    totals.add(entries);
    const keys = rowKeysOf(entries);
    if (sameTally(row.reportTally, entries) && sameKeys(row.reportKeys, keys)) continue;
    retallied++;
    writes.push({ updateOne: { filter: { _id: row._id }, update: { $set: { reportTally: entries, reportKeys: keys } } } });
    if (writes.length >= 500) await flush();
  }
  await flush();
  const documents = totals.rows();
  await counts.replaceAll(documents, REPORT_TALLY_VERSION);
  return { rows, documents: documents.length, retallied, ms: Date.now() - started };
}

/**
 * The stored entries (as the store gave them back: an absent optional field may come back as
 * null) against the computed ones: the same when they add the same counts.
 */
function sameTally(stored: readonly unknown[] | undefined, computed: readonly TallyEntry[]): boolean {
  return Array.isArray(stored) && stored.length === computed.length && tallyDelta(stored as TallyEntry[], computed).size === 0;
}

function sameKeys(stored: readonly string[] | undefined, computed: readonly string[]): boolean {
  return !!stored && stored.length === computed.length && stored.every((k, i) => k === computed[i]);
}

/** Rebuilds when the counts were never built or were built by another tally version; true when it did. */
export async function ensureReportCounts(connection: Connection): Promise<boolean> {
  const counts = new ReportCountsRepository(connection);
  if ((await counts.version()) === REPORT_TALLY_VERSION) return false;
  await rebuildReportCounts(connection);
  return true;
}
