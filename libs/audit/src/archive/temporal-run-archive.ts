import type { RunArchive } from '@dondoc/task-activities';
import { historyToPlainJson } from '@dondoc/temporal';
import type { Client } from '@temporalio/client';
import type { AuditTrailWriter } from '../trail/audit-trail.port';
import type { ArchivedRunMeta } from './archived-run.types';
import type { MongoHistoryArchive } from './mongo-history-archive';

export const ARCHIVED_WHAT = 'history.archived';

/**
 * The worker's RunArchive: fetches a closed run's full history from Temporal and stores
 * it (idempotent by runId). The archiving is also appended to the directive's audit
 * trail with the SHA-256, so a stored history rewritten together with its recorded hash
 * still disagrees with the hash chain.
 */
export class TemporalRunArchive implements RunArchive {
  constructor(
    private readonly client: Client,
    private readonly archive: MongoHistoryArchive,
    private readonly trail?: AuditTrailWriter,
  ) {}

  async archiveRun(input: { workflowId: string; runId: string; taskId: string }): Promise<void> {
    await this.archiveAndDescribe(input);
  }

  /** Archives the run if it is not yet archived; throws (so the activity retries) while it is open. */
  async archiveAndDescribe({ workflowId, runId }: { workflowId: string; runId: string; taskId?: string }): Promise<ArchivedRunMeta> {
    let meta = await this.archive.meta(runId);
    if (!meta) {
      const history = await this.client.workflow.getHandle(workflowId, runId).fetchHistory();
      meta = (await this.archive.store(workflowId, historyToPlainJson(history))).meta;
    }
    // Recorded after the store and keyed by runId: a crash in between is repaired by the retry.
    if (this.trail && meta.directiveId) {
      await this.trail.append({
        directiveId: meta.directiveId,
        taskId: meta.taskId,
        who: 'system',
        role: 'system',
        unit: 'dondoc',
        what: ARCHIVED_WHAT,
        when: meta.closedAt ?? meta.archivedAt,
        sourceId: `history:${meta.runId}`,
        details: {
          runId: meta.runId,
          workflowId,
          runIndex: meta.runIndex,
          sha256: meta.sha256,
          eventCount: meta.eventCount,
          closeType: meta.closeType,
        },
      });
    }
    return meta;
  }
}
