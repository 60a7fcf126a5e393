import { historyToPlainJson } from '@dondoc/temporal';
import type { Client } from '@temporalio/client';

/** The latest run of a task as Temporal has it now (open, or closed but not yet archived). */
export interface LiveRuns {
  latestRun(taskId: string): Promise<{ runId: string; history: unknown } | null>;
}

/**
 * Reads the latest run from Temporal, for "as of" instants after the last archived run:
 * the current run of a running task is archived only when it closes.
 */
export class TemporalLiveRuns implements LiveRuns {
  constructor(
    private readonly client: Client,
    private readonly workflowIdOf: (taskId: string) => string = (taskId) => `task:${taskId}`,
  ) {}

  async latestRun(taskId: string): Promise<{ runId: string; history: unknown } | null> {
    const handle = this.client.workflow.getHandle(this.workflowIdOf(taskId));
    try {
      const { runId } = await handle.describe();
      return { runId, history: historyToPlainJson(await this.client.workflow.getHandle(handle.workflowId, runId).fetchHistory()) };
    } catch (e) {
      if ((e as Error).name === 'WorkflowNotFoundError') return null;
      throw e;
    }
  }
}
