import type { Actor, DirectiveEventPayload, Envelope, TaskDefinition } from '@dondoc/contracts';
import { CALENDAR_VERSION_STORE, DIRECTIVE_REPOSITORY, type CalendarVersionStore, type DirectiveRepository } from '@dondoc/persistence';
import { TASK_WORKFLOW_CLIENT, TaskCommandRejectedError, TaskNotFoundError, type TaskWorkflowClient } from '@dondoc/task-client';
import { Controller, Inject, Logger } from '@nestjs/common';
import { DondocEventContext } from '@dondoc/messaging';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CoalescedWithdrawalCheck } from './withdrawal-check';

/** Cancels in flight at once during a withdrawal: a national directive has ~20,000 follow-ups. */
const WITHDRAWAL_CANCELS_AT_ONCE = 32;

async function inBatches<T>(items: readonly T[], size: number, each: (batch: readonly T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await each(items.slice(i, i + size));
}

/**
 * Turns facts into workflow actions: an assignment starts the task's follow-up (ID
 * `task:<taskId>`; a duplicate or replayed event finds it started and does nothing), a
 * withdrawal cancels every follow-up of the directive.
 */
@Controller()
export class TaskOrchestrationController {
  private readonly logger = new Logger('Orchestrator');
  private readonly withdrawals: CoalescedWithdrawalCheck;

  constructor(
    @Inject(TASK_WORKFLOW_CLIENT) private readonly tasks: TaskWorkflowClient,
    @Inject(DIRECTIVE_REPOSITORY) private readonly directives: DirectiveRepository,
    @Inject(CALENDAR_VERSION_STORE) private readonly calendars: CalendarVersionStore,
  ) {
    this.withdrawals = new CoalescedWithdrawalCheck((id) => directives.mayBeWithdrawn(id));
  }

  @EventPattern('task.assigned')
  async onAssigned(@Payload() event: Envelope<'task.assigned', TaskDefinition>): Promise<void> {
    const definition = event.payload;
    // Begun on the calendar version in force; one published meanwhile reaches it by the rollout.
    const started = await this.tasks.start(definition, (await this.calendars.latest()).data);
    this.logger.log(`${started ? 'started' : 'already running'}: task:${definition.taskId}`);
    // directive.withdrawn travels on another topic and may have been handled first, before
    // this workflow existed to be cancelled. Checked after the start, not before: either
    // that handler found this workflow, or this read finds the withdrawal. The cheap
    // "may be withdrawn" read is written before any withdrawal, so a "no" is certain; the
    // tasks of one directive share reads that began after their starts.
    if (!(await this.withdrawals.mayBeWithdrawn(definition.directiveId))) return;
    const now = await this.directives.statusOf(definition.directiveId);
    if (now?.status === 'withdrawn') {
      this.logger.log(`cancelling ${definition.taskId}: directive ${definition.directiveNumber} was withdrawn`);
      await this.cancel(
        definition.taskId,
        `Văn bản ${definition.directiveNumber} bị thu hồi: ${now.withdrawReason ?? ''}`,
        now.withdrawnBy ?? now.createdBy,
        event.eventId,
      );
    }
  }

  @EventPattern('directive.withdrawn')
  async onWithdrawn(
    @Payload() event: Envelope<'directive.withdrawn', DirectiveEventPayload<'directive.withdrawn'>>,
    @Ctx() context: DondocEventContext,
  ): Promise<void> {
    const { directiveId, reason, actor, number } = event.payload;
    // Above 1,000 tasks the event names none: the directive's assignments are the list.
    const taskIds = event.payload.taskIds ?? (await this.directives.taskIdsOf(directiveId));
    this.logger.log(`withdrawal of ${number}: cancelling ${taskIds.length} follow-ups`);
    await inBatches(taskIds, WITHDRAWAL_CANCELS_AT_ONCE, async (batch) => {
      await Promise.all(batch.map((taskId) => this.cancel(taskId, `Văn bản ${number} bị thu hồi: ${reason}`, actor, event.eventId)));
      await context.heartbeat();
    });
  }

  private async cancel(taskId: string, reason: string, actor: Actor, requestId: string): Promise<void> {
    try {
      await this.tasks.command(taskId, 'cancel', { actor, reason, requestId });
    } catch (e) {
      // Never started, or already finished/cancelled (a replay): nothing left to cancel.
      if (e instanceof TaskNotFoundError || e instanceof TaskCommandRejectedError) return;
      throw e;
    }
  }
}
