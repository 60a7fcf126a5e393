import { connectTemporalClient, type TemporalConnectionOptions } from '@dondoc/temporal';
import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { TASK_WORKFLOW_CLIENT, TaskWorkflowClient } from './task-workflow.client';

export const TEMPORAL_CLIENT = Symbol('TemporalClient');

@Injectable()
class TemporalClientCloser implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}
  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

/** The Temporal client of an app that starts task workflows or sends them commands. */
@Module({})
export class TaskClientModule {
  static forRoot(options: TemporalConnectionOptions & { taskQueue: string }): DynamicModule {
    return {
      module: TaskClientModule,
      global: true,
      providers: [
        { provide: TEMPORAL_CLIENT, useFactory: () => connectTemporalClient(options) },
        {
          provide: TASK_WORKFLOW_CLIENT,
          inject: [TEMPORAL_CLIENT],
          useFactory: (client: Client) => new TaskWorkflowClient(client, options.taskQueue),
        },
        TemporalClientCloser,
      ],
      exports: [TEMPORAL_CLIENT, TASK_WORKFLOW_CLIENT],
    };
  }
}
