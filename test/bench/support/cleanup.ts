import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';

/**
 * Terminates every workflow a benchmark run left open (they sleep on timers for months),
 * with one server-side batch operation over the run's task queues.
 */
export async function terminateRunWorkflows(client: Client, namespace: string, runId: string): Promise<void> {
  await client.workflowService.startBatchOperation({
    namespace,
    jobId: randomUUID(),
    reason: `dondoc benchmark ${runId} finished`,
    visibilityQuery: `ExecutionStatus = "Running" AND TaskQueue STARTS_WITH "${runId}"`,
    terminationOperation: {},
  });
}
