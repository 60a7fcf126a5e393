import { APP_CONFIG } from '@dondoc/app-kit';
import { MessagingModule } from '@dondoc/messaging';
import { PersistenceModule } from '@dondoc/persistence';
import { Module, type DynamicModule } from '@nestjs/common';
import { TaskWorkerService } from './task-worker.service';
import type { WorkerConfig } from './worker.config';

@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PersistenceModule.forRoot({ uri: config.MONGODB_URI, appName: 'dondoc-worker' }),
        MessagingModule.forRoot({
          brokers: config.KAFKA_BROKERS,
          clientId: `${config.KAFKA_CLIENT_ID}-worker`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }, TaskWorkerService],
    };
  }
}
