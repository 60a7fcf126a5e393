import { APP_CONFIG } from '@dondoc/app-kit';
import { CALENDAR_VERSION_STORE, TASK_READ_MODEL, type CalendarVersionStore, type TaskReadModelRepository } from '@dondoc/persistence';
import { TASK_WORKFLOW_CLIENT, type TaskWorkflowClient } from '@dondoc/task-client';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { OrchestratorConfig } from './orchestrator.config';

// Delivery tries at once per pass: a rollout to thousands of tasks must not flood Temporal.
const AT_ONCE = 16;
// A task told of a version whose read model still shows an older one is told again after this.
const REDELIVER_AFTER_MS = 5 * 60_000;

/**
 * Hands each newly published working calendar version to every open task follow-up (the
 * `calendarPublished` signal), so running tasks re-plan without a release or a restart.
 * It polls the newest version and the read model's open tasks still on an older one, so
 * a version published while this process was down, or a task started while a version
 * was being published, is caught on the next pass. Delivering twice is harmless: a
 * follow-up ignores a version not newer than its own.
 */
@Injectable()
export class CalendarRolloutService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CalendarRollout');
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;
  private readonly delivered = new Map<string, { sequence: number; at: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: OrchestratorConfig,
    @Inject(CALENDAR_VERSION_STORE) private readonly calendars: CalendarVersionStore,
    @Inject(TASK_READ_MODEL) private readonly tasks: TaskReadModelRepository,
    @Inject(TASK_WORKFLOW_CLIENT) private readonly workflows: TaskWorkflowClient,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.pass ??= this.rollOut()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.warn(`calendar rollout pass failed, retried next pass: ${(error as Error).message}`))
        .finally(() => (this.pass = undefined));
    }, this.config.CALENDAR_ROLLOUT_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.pass;
  }

  /** One pass: the open tasks behind the newest version are told of it. */
  async rollOut(): Promise<number> {
    const newest = await this.calendars.newest();
    if (newest.sequence <= 1) return 0;
    const now = Date.now();
    const due = (await this.tasks.openTasksBehindCalendar(newest.sequence)).filter((taskId) => {
      const last = this.delivered.get(taskId);
      return !last || last.sequence < newest.sequence || now - last.at > REDELIVER_AFTER_MS;
    });
    let told = 0;
    for (let i = 0; i < due.length; i += AT_ONCE) {
      await Promise.all(
        due.slice(i, i + AT_ONCE).map(async (taskId) => {
          // false: the follow-up is no longer running (its read model will say so): nothing to tell.
          if (await this.workflows.deliverCalendar(taskId, newest.data)) told++;
          this.delivered.set(taskId, { sequence: newest.sequence, at: now });
        }),
      );
    }
    if (due.length > 0) this.logger.log(`calendar version ${newest.sequence} (${newest.data.version}) delivered to ${told} open task(s)`);
    return told;
  }
}
