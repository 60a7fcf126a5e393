import type { ArchivedRunMeta } from '../archive/archived-run.types';
import { eventsOf } from '../archive/history-reading';
import type { MongoHistoryArchive } from '../archive/mongo-history-archive';
import { recordedSnapshots, summariseRun, type RecordedSnapshot, type RunSummary } from '../archive/run-summary';
import type { LiveRuns } from './temporal-live-runs';

export interface TaskSnapshotRecord extends RecordedSnapshot {
  run: Pick<RunSummary, 'runId' | 'runIndex'>;
  /** From a run read live from Temporal (not archived yet). */
  live?: boolean;
}

export interface TaskSnapshots {
  snapshots: TaskSnapshotRecord[];
  archivedRuns: ArchivedRunMeta[];
  liveRunId: string | null;
}

/**
 * The archived snapshots, plus those of the task's latest run read from Temporal when it
 * is not archived yet (a running task's current run), so recent instants are answered too.
 */
export async function taskSnapshotsWithLive(
  archive: MongoHistoryArchive,
  live: LiveRuns | undefined,
  taskId: string,
  until?: number,
): Promise<TaskSnapshots> {
  const snapshots = await taskSnapshots(archive, taskId, until);
  const archivedRuns = await archive.runsOfTask(taskId);
  const last = archivedRuns.at(-1);
  const chainClosed = last !== undefined && last.closeType !== 'continued-as-new';
  let liveRunId: string | null = null;
  const needLive = !chainClosed && (until === undefined || !last?.closedAt || Date.parse(last.closedAt) < until);
  if (live && needLive) {
    const latest = await live.latestRun(taskId);
    if (latest && !archivedRuns.some((r) => r.runId === latest.runId)) {
      const summary = summariseRun(latest.history);
      // Same chain only: a workflow id reused later (a new task with an old id) is another story.
      if (!last || summary.firstRunId === last.firstRunId) {
        liveRunId = latest.runId;
        for (const snapshot of recordedSnapshots(eventsOf(latest.history))) snapshots.push({ ...snapshot, run: summary, live: true });
      }
    }
  }
  return { snapshots, archivedRuns, liveRunId };
}

/**
 * Every snapshot a task's workflow recorded (each `recordFacts` call carries the full
 * snapshot with its `asOf`), across all archived runs, oldest first.
 */
export async function taskSnapshots(archive: MongoHistoryArchive, taskId: string, until?: number): Promise<TaskSnapshotRecord[]> {
  const out: TaskSnapshotRecord[] = [];
  for (const run of await archive.runsOfTask(taskId)) {
    if (until !== undefined && Date.parse(run.startedAt) > until) break;
    const stored = await archive.historyBytes(run.runId);
    if (!stored) continue;
    const history = JSON.parse(stored.json.toString('utf8'));
    for (const snapshot of recordedSnapshots(eventsOf(history))) out.push({ ...snapshot, run });
  }
  return out;
}
