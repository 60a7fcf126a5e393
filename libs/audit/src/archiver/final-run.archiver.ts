import type { Client } from '@temporalio/client';
import type { ArchivedRunMeta } from '../archive/archived-run.types';
import type { MongoHistoryArchive } from '../archive/mongo-history-archive';
import type { TemporalRunArchive } from '../archive/temporal-run-archive';
import type { FinishedTasks } from './finished-tasks.port';

export interface SweepResult {
  checked: number;
  /** Run ids archived by this sweep. */
  archived: string[];
  /** Tasks the read model calls finished whose run has not closed yet: next sweep. */
  stillOpen: string[];
  failed: { taskId: string; error: string }[];
}

/**
 * Archives the runs nobody else archives. A continued run archives its predecessor from
 * inside (the archiveRun activity), but the last run of a task (completion, cancellation,
 * year-end grade) cannot archive itself. This sweep takes the tasks the read model calls
 * finished, waits for their run to be closed in Temporal, and archives the chain from
 * the last run back to the first, skipping runs already archived, so it also repairs runs
 * that closed before the archiving activity existed.
 *
 * Why a sweep and not a consumer of terminal events: the terminal event is published
 * (recordFacts) before the workflow returns, so a consumer would have to wait and retry
 * anyway; a sweep retries by itself, survives missed events, and needs no Kafka.
 */
export class FinalRunArchiver {
  constructor(
    private readonly client: Client,
    private readonly archive: MongoHistoryArchive,
    private readonly runArchive: TemporalRunArchive,
    private readonly finished: FinishedTasks,
    private readonly workflowIdOf: (taskId: string) => string = (taskId) => `task:${taskId}`,
  ) {}

  /** One pass; with `since`, only tasks finished from then on (a full pass is needed only now and then). */
  async sweepOnce(since?: string): Promise<SweepResult> {
    const result: SweepResult = { checked: 0, archived: [], stillOpen: [], failed: [] };
    for (const taskId of await this.finished.finishedTaskIds(since)) {
      result.checked++;
      if (await this.archive.hasFinalRun(taskId)) continue;
      try {
        const workflowId = this.workflowIdOf(taskId);
        const description = await this.client.workflow.getHandle(workflowId).describe();
        if (description.status.name === 'RUNNING') {
          result.stillOpen.push(taskId);
          continue;
        }
        result.archived.push(...(await this.archiveChain(workflowId, taskId, description.runId)));
      } catch (e) {
        result.failed.push({ taskId, error: e instanceof Error ? e.message : String(e) });
      }
    }
    return result;
  }

  /** Archives `lastRunId` and every run before it that is not archived yet. */
  async archiveChain(workflowId: string, taskId: string, lastRunId: string): Promise<string[]> {
    const archived: string[] = [];
    let runId: string | null = lastRunId;
    while (runId) {
      const known = await this.archive.meta(runId);
      const meta: ArchivedRunMeta = known ?? (await this.runArchive.archiveAndDescribe({ workflowId, runId, taskId }));
      if (!known) archived.push(runId);
      runId = meta.previousRunId;
    }
    return archived.reverse();
  }
}
