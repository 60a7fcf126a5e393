import { APP_CONFIG } from '@dondoc/app-kit';
import type { Topics } from '@dondoc/contracts';
import { EVENT_PUBLISHER, KAFKA_TOPICS, TaskFactSink, type EventPublisher } from '@dondoc/messaging';
import { MONGO_CONNECTION, ORG_CHART_STORE, TASK_READ_MODEL, type OrgChartStore, type TaskReadModelRepository } from '@dondoc/persistence';
import { createRunArchive } from '@dondoc/audit';
import { CountingTaskProjection, ensureReportCounts } from '@dondoc/reports';
import { createTaskActivities } from '@dondoc/task-activities';
import { boundNewThreadHeaps, bundleTaskWorkflows, registerSearchAttributes, workflowHeapExhaustedHint } from '@dondoc/temporal';
import { TASK_SEARCH_ATTRIBUTES } from '@dondoc/task-follow-up';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import type { Connection as MongoConnection } from 'mongoose';
import { NativeConnection, Worker } from '@temporalio/worker';
import { workflowHeapMiB, type WorkerConfig } from './worker.config';

/**
 * Hosts the task workflows and their real activities on the task queue. Search attributes
 * are registered first (a workflow that upserts an unknown one fails its task). The run
 * ends on shutdown, after in-flight activities finish or the grace time runs out.
 */
@Injectable()
export class TaskWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TaskWorker');
  private worker?: Worker;
  private connection?: NativeConnection;
  private running?: Promise<void>;
  private archiveClient?: Connection;

  constructor(
    @Inject(APP_CONFIG) private readonly config: WorkerConfig,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(TASK_READ_MODEL) private readonly tasks: TaskReadModelRepository,
    @Inject(ORG_CHART_STORE) private readonly orgCharts: OrgChartStore,
    @Inject(KAFKA_TOPICS) private readonly topics: Topics,
    @Inject(MONGO_CONNECTION) private readonly mongo: MongoConnection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { TEMPORAL_ADDRESS: address, TEMPORAL_NAMESPACE: namespace, TEMPORAL_TASK_QUEUE: taskQueue } = this.config;
    const admin = await Connection.connect({ address, connectTimeout: '5s' });
    try {
      await registerSearchAttributes(admin, namespace, TASK_SEARCH_ATTRIBUTES);
    } finally {
      await admin.close();
    }
    // Closed runs go to the audit archive (each continued run archives the one before it).
    this.archiveClient = await Connection.connect({ address, connectTimeout: '5s' });
    const archive = await createRunArchive({ connection: this.mongo, client: new Client({ connection: this.archiveClient, namespace }) });
    // The dashboard's counts: built from the task rows once (empty, or another tally version), before this worker projects.
    if (await ensureReportCounts(this.mongo)) this.logger.log('dashboard counts rebuilt from the task rows');
    this.connection = await NativeConnection.connect({ address });
    const heapMiB = workflowHeapMiB(this.config);
    boundNewThreadHeaps(heapMiB); // before Worker.create starts the workflow thread
    const explained = (error: unknown): Error => {
      const hint = workflowHeapExhaustedHint(error, heapMiB);
      return hint ? new Error(hint, { cause: error }) : (error as Error);
    };
    this.worker = await Worker.create({
      connection: this.connection,
      namespace,
      taskQueue,
      workflowBundle: await bundleTaskWorkflows(),
      activities: createTaskActivities({
        orgCharts: this.orgCharts,
        facts: new TaskFactSink(this.publisher, new CountingTaskProjection(this.tasks), this.topics.taskEvents),
        archive,
      }),
      maxCachedWorkflows: this.config.WORKER_MAX_CACHED_WORKFLOWS,
      stickyQueueScheduleToStartTimeout: this.config.WORKER_STICKY_SCHEDULE_TO_START_MS,
      shutdownGraceTime: this.config.WORKER_SHUTDOWN_GRACE_MS,
    }).catch((error: unknown) => {
      throw explained(error);
    });
    this.running = this.worker.run().catch((error: unknown) => {
      // A worker that dies on its own must take the process down, so a supervisor restarts it.
      this.logger.error(`worker stopped: ${explained(error).message}`);
      process.exit(1);
    });
    this.logger.log(
      `polling task queue '${taskQueue}' in namespace '${namespace}' (cache ${this.config.WORKER_MAX_CACHED_WORKFLOWS} workflows, workflow heap ≤ ${heapMiB} MiB)`,
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
    await this.archiveClient?.close();
    this.logger.log('stopped');
  }
}
