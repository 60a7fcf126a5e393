import { APP_CONFIG } from '@dondoc/app-kit';
import { PersistenceModule } from '@dondoc/persistence';
import { TaskClientModule } from '@dondoc/task-client';
import { Module, type DynamicModule } from '@nestjs/common';
import { CalendarRolloutService } from './calendar-rollout.service';
import type { OrchestratorConfig } from './orchestrator.config';
import { OrgChartRehomingService } from './org-chart-rehoming.service';
import { TaskOrchestrationController } from './task-orchestration.controller';

@Module({})
export class OrchestratorModule {
  static forRoot(config: OrchestratorConfig): DynamicModule {
    return {
      module: OrchestratorModule,
      imports: [
        PersistenceModule.forRoot({ uri: config.MONGODB_URI, appName: 'dondoc-orchestrator' }),
        TaskClientModule.forRoot({
          address: config.TEMPORAL_ADDRESS,
          namespace: config.TEMPORAL_NAMESPACE,
          taskQueue: config.TEMPORAL_TASK_QUEUE,
        }),
      ],
      controllers: [TaskOrchestrationController],
      providers: [{ provide: APP_CONFIG, useValue: config }, CalendarRolloutService, OrgChartRehomingService],
    };
  }
}
