import {
  AsOfService,
  auditEntryFromTaskEvent,
  DirectiveVerificationService,
  FinalRunArchiver,
  MongoAuditTrail,
  MongoHistoryArchive,
  ReadModelFinishedTasks,
  ReplayService,
  TemporalRunArchive,
} from '@dondoc/audit';
import type { Envelope, TaskDefinitionInput } from '@dondoc/contracts';
import { taskDefinitionSchema } from '@dondoc/contracts';
import type { OrgChartSeed } from '@dondoc/domain';
import { connectMongo, TaskReadModelRepository } from '@dondoc/persistence';
import { createTaskActivities, StaticOrgChartSource, type FactSink } from '@dondoc/task-activities';
import { bundleTaskWorkflows, registerSearchAttributes } from '@dondoc/temporal';
import { mongoUriFor, temporalTestServerPath, uniqueName } from '@dondoc/testing';
import {
  TASK_FOLLOW_UP_WORKFLOW,
  TASK_SEARCH_ATTRIBUTES,
  taskWorkflowId,
  type TaskFollowUpInput,
  type TaskSnapshot,
} from '@dondoc/task-follow-up';
import type { WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Connection } from 'mongoose';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SEED_ORG_CHART = path.resolve(__dirname, '../../../../infra/seed/org-chart.thua-thien-hue.2022.json');

/**
 * The worker as it runs in production, audit included: facts go to the MongoDB read model
 * and to the audit trail (standing in for the audit consumer of task events), closed runs
 * are archived through the real RunArchive. Temporal is the time-skipping test server.
 */
class AuditedFactSink implements FactSink {
  constructor(
    private readonly tasks: TaskReadModelRepository,
    private readonly trail: MongoAuditTrail,
  ) {}

  async publish(events: Envelope[]): Promise<void> {
    for (const event of events) {
      const entry = auditEntryFromTaskEvent(event);
      if (entry) await this.trail.append(entry);
    }
  }

  async project(snapshot: TaskSnapshot): Promise<void> {
    await this.tasks.project(snapshot);
  }
}

export class AuditedTaskHarness {
  readonly taskQueue = uniqueName('audited-tasks');
  private worker!: Worker;
  private running!: Promise<void>;
  connection!: Connection;
  trail!: MongoAuditTrail;
  archive!: MongoHistoryArchive;
  tasks!: TaskReadModelRepository;
  runArchive!: TemporalRunArchive;
  charts!: OrgChartSeed['charts'];

  private constructor(readonly env: TestWorkflowEnvironment) {}

  static async start(startTime: string): Promise<AuditedTaskHarness> {
    const env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: temporalTestServerPath() }, extraArgs: [`--start-time=${startTime}`] },
    });
    await registerSearchAttributes(env.connection, env.namespace ?? 'default', TASK_SEARCH_ATTRIBUTES);
    const h = new AuditedTaskHarness(env);
    h.connection = await connectMongo({ uri: mongoUriFor(uniqueName('audit-run')) });
    h.trail = new MongoAuditTrail(h.connection, { checkpointEvery: 10 });
    h.archive = new MongoHistoryArchive(h.connection);
    h.tasks = new TaskReadModelRepository(h.connection);
    await Promise.all([h.trail.init(), h.archive.init(), h.tasks.init()]);
    h.runArchive = new TemporalRunArchive(env.client, h.archive, h.trail);
    h.charts = (JSON.parse(fs.readFileSync(SEED_ORG_CHART, 'utf8')) as OrgChartSeed).charts;
    h.worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: h.taskQueue,
      workflowBundle: await bundleTaskWorkflows(),
      activities: createTaskActivities({
        orgCharts: new StaticOrgChartSource(h.charts),
        facts: new AuditedFactSink(h.tasks, h.trail),
        archive: h.runArchive,
      }),
    });
    h.running = h.worker.run();
    return h;
  }

  async startTask(input: Omit<TaskDefinitionInput, 'schemaVersion'>): Promise<WorkflowHandleWithFirstExecutionRunId> {
    const definition = taskDefinitionSchema.parse({ schemaVersion: 1, ...input });
    const args: [TaskFollowUpInput] = [{ schemaVersion: 1, definition }];
    return this.env.client.workflow.start(TASK_FOLLOW_UP_WORKFLOW, {
      taskQueue: this.taskQueue,
      workflowId: taskWorkflowId(definition.taskId),
      args,
    });
  }

  async skipTo(iso: string): Promise<void> {
    const now = Number(await this.env.currentTimeMs());
    const target = Date.parse(iso);
    if (target > now) await this.env.sleep(target - now);
  }

  async now(): Promise<string> {
    return new Date(Number(await this.env.currentTimeMs())).toISOString();
  }

  finalArchiver(): FinalRunArchiver {
    return new FinalRunArchiver(this.env.client, this.archive, this.runArchive, new ReadModelFinishedTasks(this.tasks));
  }

  asOf(): AsOfService {
    return new AsOfService(this.archive, this.trail, { charts: async () => this.charts });
  }

  replay(): ReplayService {
    return new ReplayService(this.archive, () => bundleTaskWorkflows());
  }

  verifier(): DirectiveVerificationService {
    return new DirectiveVerificationService(this.trail, this.archive);
  }

  async teardown(): Promise<void> {
    this.worker?.shutdown();
    await this.running?.catch(() => undefined);
    await this.env?.teardown();
    await this.connection?.dropDatabase().catch(() => undefined);
    await this.connection?.close();
  }
}
