import type { TaskDefinition } from '@dondoc/contracts';
import type { CalendarData } from '@dondoc/domain';
import {
  TASK_FOLLOW_UP_WORKFLOW,
  taskFollowUpMessages,
  taskWorkflowId,
  type TaskCommandInput,
  type TaskCommandName,
  type TaskFollowUpInput,
  type TaskSnapshot,
} from '@dondoc/task-follow-up';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowIdReusePolicy,
  WorkflowNotFoundError,
  type UpdateDefinition,
} from '@temporalio/common';
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { TaskCommandRejectedError, TaskFollowUpEndedError, TaskNotFoundError } from './task-command.errors';

export const TASK_WORKFLOW_CLIENT = Symbol('TaskWorkflowClient');

/**
 * dondoc's door to the task workflows: start one per task (ID `task:<taskId>`, a duplicate
 * start is a no-op), send commands as updates, read one snapshot. Lists never come here.
 */
export class TaskWorkflowClient {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
  ) {}

  /** Starts the follow-up; false when it already exists (or existed): replays are no-ops. */
  async start(definition: TaskDefinition, calendar?: CalendarData): Promise<boolean> {
    // The calendar version in force is part of the input, so the history says which one the task began with.
    const args: [TaskFollowUpInput] = [{ schemaVersion: 1, definition, ...(calendar && (calendar.sequence ?? 1) > 1 ? { calendar } : {}) }];
    try {
      await this.client.workflow.start(TASK_FOLLOW_UP_WORKFLOW, {
        taskQueue: this.taskQueue,
        workflowId: taskWorkflowId(definition.taskId),
        args,
        // A follow-up that completed (approved, cancelled, graded) is never started again by a
        // replayed task.assigned; one an operator terminated, or that failed, may be.
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
      });
      return true;
    } catch (e) {
      if (e instanceof WorkflowExecutionAlreadyStartedError) return false;
      throw e;
    }
  }

  /** Hands a published calendar version to a running follow-up; false when it is no longer running. */
  async deliverCalendar(taskId: string, calendar: CalendarData): Promise<boolean> {
    try {
      await this.client.workflow.getHandle(taskWorkflowId(taskId)).signal(taskFollowUpMessages.calendarPublished, { calendar });
      return true;
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return false;
      throw e;
    }
  }

  async command<N extends TaskCommandName>(taskId: string, name: N, input: TaskCommandInput<N>): Promise<TaskSnapshot> {
    const handle = this.client.workflow.getHandle(taskWorkflowId(taskId));
    const update = taskFollowUpMessages.commandUpdates[name] as UpdateDefinition<TaskSnapshot, [TaskCommandInput<N>]>;
    try {
      return await handle.executeUpdate(update, { args: [input] });
    } catch (e) {
      throw translate(e, taskId);
    }
  }

  async snapshot(taskId: string): Promise<TaskSnapshot> {
    try {
      return await this.client.workflow.getHandle(taskWorkflowId(taskId)).query(taskFollowUpMessages.snapshot);
    } catch (e) {
      throw translate(e, taskId);
    }
  }
}

function translate(e: unknown, taskId: string): Error {
  if (e instanceof WorkflowUpdateFailedError) {
    const cause = e.cause as { message?: string; type?: string | null } | undefined;
    return new TaskCommandRejectedError(cause?.message ?? e.message, cause?.type ?? undefined);
  }
  const error = e as { code?: number; message?: string };
  // An update to a closed execution answers NOT_FOUND "workflow execution already completed"
  // (FAILED_PRECONDITION on some servers): the task exists, its follow-up has ended.
  if (error.code === 9 || /already completed/i.test(error.message ?? '')) return new TaskFollowUpEndedError(taskId);
  if (e instanceof WorkflowNotFoundError) return new TaskNotFoundError(taskId);
  return e instanceof Error ? e : new Error(String(e));
}
