import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { Actor } from '@dondoc/contracts';
import { taskFollowUpMessages, taskWorkflowId } from '@dondoc/workflows';

export type WithdrawalOutcome = 'cancelled' | 'already-closed' | 'not-found' | 'refused';

export interface WithdrawalResult {
  taskId: string;
  outcome: WithdrawalOutcome;
  reason?: string;
}

/**
 * Withdrawing a directive cancels each of its tasks through the task's own `cancel`
 * update (the directive is an aggregate in MongoDB, not a parent workflow). Idempotent: a
 * task already completed or cancelled, or never started, is reported, not an error, so
 * a redelivered `directive.withdrawn` event is harmless.
 */
export async function withdrawDirectiveTasks(
  client: Client,
  input: { taskIds: readonly string[]; actor: Actor; reason: string; requestId?: string },
): Promise<WithdrawalResult[]> {
  const results: WithdrawalResult[] = [];
  for (const taskId of input.taskIds) {
    const handle = client.workflow.getHandle(taskWorkflowId(taskId));
    try {
      await handle.executeUpdate(taskFollowUpMessages.cancel, {
        args: [{ actor: input.actor, reason: input.reason, requestId: input.requestId }],
      });
      results.push({ taskId, outcome: 'cancelled' });
    } catch (e) {
      results.push({ taskId, ...(await classify(e, () => handle.describe())) });
    }
  }
  return results;
}

async function classify(e: unknown, describe: () => Promise<unknown>): Promise<Omit<WithdrawalResult, 'taskId'>> {
  if (e instanceof WorkflowNotFoundError) {
    // Servers answer an update to a closed run with "not found" too: tell the cases apart.
    try {
      await describe();
      return { outcome: 'already-closed' };
    } catch (notFound) {
      if (notFound instanceof WorkflowNotFoundError) return { outcome: 'not-found' };
      throw notFound;
    }
  }
  if (e instanceof WorkflowUpdateFailedError) return { outcome: 'refused', reason: e.cause?.message ?? e.message };
  const message = (e as Error)?.message ?? String(e);
  // An update sent to a closed workflow fails with "workflow execution already completed".
  if (/already completed|already closed|workflow execution.*(completed|closed)/i.test(message)) return { outcome: 'already-closed' };
  throw e;
}
