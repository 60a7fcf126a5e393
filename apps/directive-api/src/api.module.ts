import { APP_CONFIG, rateLimitModule, RateLimitGuard } from '@dondoc/app-kit';
import { AUDIT_TRAIL_WRITER, MongoAuditTrail } from '@dondoc/audit';
import { MessagingModule } from '@dondoc/messaging';
import { MONGO_CONNECTION, PersistenceModule } from '@dondoc/persistence';
import { TaskClientModule } from '@dondoc/task-client';
import { Module, type DynamicModule } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccountsModule } from './accounts/accounts.module';
import type { ApiConfig } from './api.config';
import { AuthGuard } from './auth/auth.guard';
import { CalendarModule } from './calendar/calendar.module';
import { OrgChartVersionsModule } from './org-chart-versions/org-chart-versions.module';
import { JWT_VERIFIER, JwtVerifier } from '@dondoc/auth';
import { UnitScopeService } from './auth/unit-scope.service';
import { HttpErrorsFilter } from './common/http-errors.filter';
import { DirectiveService } from './directives/directive.service';
import { DirectiveImportController } from './directives/directive-import.controller';
import { DirectivesController } from './directives/directives.controller';
import { EvaluationsController } from './evaluations/evaluations.controller';
import { YearMatrixBuildService } from './evaluations/year-matrix-build.service';
import { EvidenceController } from './evidence/evidence.controller';
import { EvidenceService } from './evidence/evidence.service';
import { EvidenceUploadInterceptor } from './evidence/evidence-upload.interceptor';
import { HealthController } from './health/health.controller';
import { InboxController } from './inbox/inbox.controller';
import { OrgChartSeedService } from './org-units/org-chart-seed.service';
import { OrgUnitsController } from './org-units/org-units.controller';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { ReportsModule } from './reports/reports.module';
import { SearchBackfillService } from './search/search-backfill.service';
import { TaskService } from './tasks/task.service';
import { TasksController } from './tasks/tasks.controller';

@Module({})
export class ApiModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PersistenceModule.forRoot({ uri: config.MONGODB_URI, appName: 'dondoc-directive-api' }),
        MessagingModule.forRoot({
          brokers: config.KAFKA_BROKERS,
          clientId: `${config.KAFKA_CLIENT_ID}-api`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
        TaskClientModule.forRoot({
          address: config.TEMPORAL_ADDRESS,
          namespace: config.TEMPORAL_NAMESPACE,
          taskQueue: config.TEMPORAL_TASK_QUEUE,
        }),
        ReportsModule,
        rateLimitModule(config),
        AccountsModule.forRoot(config),
        CalendarModule,
        OrgChartVersionsModule,
      ],
      controllers: [
        OrgUnitsController,
        DirectiveImportController,
        DirectivesController,
        TasksController,
        EvidenceController,
        InboxController,
        EvaluationsController,
        HealthController,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JWT_VERIFIER, useValue: new JwtVerifier(config) },
        // In this order: the caller is known when writes are counted per caller.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_FILTER, useClass: HttpErrorsFilter },
        {
          // Drafts are recorded here (no event exists before issue); the audit service records the rest.
          provide: AUDIT_TRAIL_WRITER,
          inject: [MONGO_CONNECTION],
          useFactory: async (connection: Connection) => {
            const trail = new MongoAuditTrail(connection);
            await trail.init();
            return trail;
          },
        },
        UnitScopeService,
        OrgChartSeedService,
        YearMatrixBuildService,
        OutboxRelayService,
        SearchBackfillService,
        DirectiveService,
        TaskService,
        EvidenceService,
        EvidenceUploadInterceptor,
      ],
    };
  }
}
