import type { TaskDefinitionInput } from '@dondoc/contracts';
import { taskDefinitionSchema } from '@dondoc/contracts';
import type { CalendarData, OrgChartSeed } from '@dondoc/domain';
import { bundleTaskWorkflows, registerSearchAttributes } from '@dondoc/temporal';
import { temporalTestServerPath, uniqueName } from '@dondoc/testing';
import { createTaskActivities, StaticOrgChartSource } from '@dondoc/task-activities';
import {
  TASK_FOLLOW_UP_WORKFLOW,
  TASK_SEARCH_ATTRIBUTES,
  taskFollowUpMessages,
  taskWorkflowId,
  type TaskFollowUpInput,
  type TaskSnapshot,
} from '@dondoc/task-follow-up';
import type { WorkflowHandle, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RecordingFactSink } from './recording-fact-sink';

const SEED_ORG_CHART = path.resolve(__dirname, '../../../../infra/seed/org-chart.thua-thien-hue.2022.json');

/** A real time-skipping Temporal server whose clock starts at `startTime`, a real worker, recorded facts. */
export class TaskWorkflowHarness {
  readonly facts = new RecordingFactSink();
  private worker!: Worker;
  private running!: Promise<void>;
  readonly taskQueue = uniqueName('tasks');

  private constructor(readonly env: TestWorkflowEnvironment) {}

  static async start(startTime: string): Promise<TaskWorkflowHarness> {
    const env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: temporalTestServerPath() }, extraArgs: [`--start-time=${startTime}`] },
    });
    await registerSearchAttributes(env.connection, env.namespace ?? 'default', TASK_SEARCH_ATTRIBUTES);
    const harness = new TaskWorkflowHarness(env);
    const seed = JSON.parse(fs.readFileSync(SEED_ORG_CHART, 'utf8')) as OrgChartSeed;
    harness.worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: harness.taskQueue,
      workflowBundle: await bundleTaskWorkflows(),
      activities: createTaskActivities({ orgCharts: new StaticOrgChartSource(seed.charts), facts: harness.facts }),
    });
    harness.running = harness.worker.run();
    return harness;
  }

  /** A definition with the defaults applied, as the orchestrator would pass it. */
  definition(input: Omit<TaskDefinitionInput, 'schemaVersion'>) {
    return taskDefinitionSchema.parse({ schemaVersion: 1, ...input });
  }

  async startTask(
    input: Omit<TaskDefinitionInput, 'schemaVersion'>,
    calendar?: CalendarData,
  ): Promise<WorkflowHandleWithFirstExecutionRunId> {
    const definition = this.definition(input);
    const args: [TaskFollowUpInput] = [{ schemaVersion: 1, definition, ...(calendar ? { calendar } : {}) }];
    return this.env.client.workflow.start(TASK_FOLLOW_UP_WORKFLOW, {
      taskQueue: this.taskQueue,
      workflowId: taskWorkflowId(definition.taskId),
      args,
      // On a loaded 2-core machine a workflow task can take longer than the default 10 s;
      // the time-skipping server would then skip ahead through timeouts and fail the run.
      workflowTaskTimeout: '1 minute',
    });
  }

  /** Delivers a published calendar version, as the orchestrator's rollout does. */
  async publishCalendar(handle: WorkflowHandle, calendar: CalendarData): Promise<void> {
    await handle.signal(taskFollowUpMessages.calendarPublished, { calendar });
  }

  /** Advances the server's clock to `iso` (time skipping). */
  async skipTo(iso: string): Promise<void> {
    const now = Number(await this.env.currentTimeMs());
    const target = Date.parse(iso);
    if (target > now) await this.env.sleep(target - now);
  }

  async now(): Promise<string> {
    return new Date(Number(await this.env.currentTimeMs())).toISOString();
  }

  /**
   * The final snapshot of a workflow that an update just finished. Polls `describe` rather
   * than awaiting the result, because awaiting a result unlocks time skipping and the Java
   * test server may then skip ahead while the worker is still completing the last workflow
   * task (seen on a loaded machine: the run "timed out" ten years later).
   */
  async finalSnapshot(handle: WorkflowHandle, timeoutMs = 60_000): Promise<TaskSnapshot> {
    const deadline = Date.now() + timeoutMs;
    while ((await handle.describe()).status.name === 'RUNNING') {
      if (Date.now() > deadline) throw new Error(`${handle.workflowId} still running after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return (await handle.result()) as TaskSnapshot;
  }

  async snapshot(handle: WorkflowHandle): Promise<TaskSnapshot> {
    return handle.query<TaskSnapshot>('snapshot');
  }

  async teardown(): Promise<void> {
    this.worker?.shutdown();
    await this.running?.catch(() => undefined);
    await this.env?.teardown();
  }
}
