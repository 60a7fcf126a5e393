import { ReportCountsRepository, TaskReadModelRepository, type ReportCountsRow } from '@dondoc/persistence';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import type { Connection } from 'mongoose';
import { REPORT_TALLY_VERSION, countFieldsOf, countsKeyOf, rowKeysOf, tallyOfSnapshot } from './report-tally';

// The counts read model rebuilt from the task rows: once at deployment (the version changed
// or the model is empty), after a bulk load (the benchmarks insert rows directly), or to
// repair counts a crash left behind. Every row gets its tally; the counts are summed here and
// written anew. Run it while no worker projects (at start, before the worker polls).

export interface RebuildResult {
  readonly rows: number;
  readonly documents: number;
  readonly ms: number;
}

export async function rebuildReportCounts(connection: Connection, now: Date = new Date()): Promise<RebuildResult> {
  const started = Date.now();
  const tasks = new TaskReadModelRepository(connection);
  const counts = new ReportCountsRepository(connection);
  await counts.init();
  const docs = new Map<string, ReportCountsRow>();
  let writes: Parameters<typeof tasks.model.bulkWrite>[0] = [];
  const flush = async () => {
    if (writes.length) await tasks.model.bulkWrite(writes, { ordered: false });
    writes = [];
  };
  let rows = 0;
  const cursor = tasks.model.find({}, { snapshot: 1 }).lean<{ _id: string; snapshot: TaskSnapshot }[]>().cursor();
  for await (const row of cursor) {
    rows++;
    const entries = tallyOfSnapshot(row.snapshot, now);
    for (const e of entries) {
      const key = countsKeyOf(e.unitId, e.month);
      const doc = docs.get(key) ?? { _id: key, unitId: e.unitId, month: e.month, c: {}, open: {}, escalated: 0 };
      for (const field of countFieldsOf(e)) {
        const [group, name] = field.split('.');
        if (group === 'escalated') doc.escalated = (doc.escalated ?? 0) + 1;
        else {
          const bag = (group === 'c' ? doc.c : doc.open) ?? {};
          bag[name] = (bag[name] ?? 0) + 1;
        }
      }
      docs.set(key, doc);
    }
    writes.push({ updateOne: { filter: { _id: row._id }, update: { $set: { reportTally: entries, reportKeys: rowKeysOf(entries) } } } });
    if (writes.length >= 500) await flush();
  }
  await flush();
  await counts.replaceAll([...docs.values()], REPORT_TALLY_VERSION);
  return { rows, documents: docs.size, ms: Date.now() - started };
}

/** Rebuilds when the counts were never built or were built by another tally version; true when it did. */
export async function ensureReportCounts(connection: Connection): Promise<boolean> {
  const counts = new ReportCountsRepository(connection);
  if ((await counts.version()) === REPORT_TALLY_VERSION) return false;
  await rebuildReportCounts(connection);
  return true;
}
