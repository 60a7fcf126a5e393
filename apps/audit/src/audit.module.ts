import {
  AsOfService,
  DirectiveVerificationService,
  FinalRunArchiver,
  MongoAuditTrail,
  MongoHistoryArchive,
  processAuditKeys,
  ReadModelFinishedTasks,
  ReplayService,
  TemporalLiveRuns,
  TemporalRunArchive,
} from '@dondoc/audit';
import type { OrgChartSeed, OrgChartVersion } from '@dondoc/domain';
import { connectMongo, OrgChartStore, TaskReadModelRepository } from '@dondoc/persistence';
import { bundleTaskWorkflows, connectTemporalClient } from '@dondoc/temporal';
import type { Client } from '@temporalio/client';
import { rateLimitModule, RateLimitGuard } from '@dondoc/app-kit';
import { JWT_VERIFIER, JwtVerifier } from '@dondoc/auth';
import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Connection } from 'mongoose';
import * as fs from 'node:fs';
import { ArchiveSweepService } from './archiver/archive-sweep.service';
import type { AuditConfig } from './audit.config';
import {
  AS_OF,
  AUDIT_CONFIG,
  AUDIT_TRAIL,
  FINAL_RUN_ARCHIVER,
  HISTORY_ARCHIVE,
  MONGO_CONNECTION,
  REPLAY,
  TEMPORAL_CLIENT,
  VERIFIER,
} from './audit.tokens';
import { AuditorGuard } from './auth/auditor.guard';
import { VerifyController } from './directives/verify.controller';
import { ReplayJobsService } from './replay/replay-jobs.service';
import { ReplayController } from './replay/replay.controller';
import { AuditTasksController } from './tasks/audit-tasks.controller';
import { EventsAuditController } from './trail/events-audit.controller';
import { HeadsPublishService } from './trail/heads-publish.service';
import { SealExistingService } from './trail/seal-existing.service';

/** Org charts from MongoDB (seeded by the directive API), else from the seed file. */
function orgChartsOf(connection: Connection, seedFile: string): { charts(): Promise<OrgChartVersion[]> } {
  const store = new OrgChartStore(connection);
  return {
    async charts() {
      const stored = await store.charts();
      if (stored.length > 0 || !seedFile || !fs.existsSync(seedFile)) return stored;
      return (JSON.parse(fs.readFileSync(seedFile, 'utf8')) as OrgChartSeed).charts;
    },
  };
}

@Module({})
export class AuditModule implements OnApplicationShutdown {
  constructor(
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(REPLAY) private readonly replay: ReplayService,
  ) {}

  static forRoot(config: AuditConfig): DynamicModule {
    return {
      module: AuditModule,
      imports: [rateLimitModule(config)],
      controllers: [AuditTasksController, ReplayController, VerifyController, EventsAuditController],
      providers: [
        { provide: AUDIT_CONFIG, useValue: config },
        // Before the auditor guard: callers are counted by address here.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: MONGO_CONNECTION, useFactory: () => connectMongo({ uri: config.MONGODB_URI, appName: 'dondoc-audit' }) },
        {
          provide: TEMPORAL_CLIENT,
          useFactory: () => connectTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE }),
        },
        {
          provide: HISTORY_ARCHIVE,
          inject: [MONGO_CONNECTION],
          useFactory: async (connection: Connection) => {
            const archive = new MongoHistoryArchive(connection);
            await archive.init();
            return archive;
          },
        },
        {
          provide: AUDIT_TRAIL,
          inject: [MONGO_CONNECTION],
          useFactory: async (connection: Connection) => {
            const trail = new MongoAuditTrail(connection);
            await trail.init();
            return trail;
          },
        },
        {
          provide: AS_OF,
          inject: [HISTORY_ARCHIVE, AUDIT_TRAIL, MONGO_CONNECTION, TEMPORAL_CLIENT],
          useFactory: (archive: MongoHistoryArchive, trail: MongoAuditTrail, connection: Connection, client: Client) =>
            new AsOfService(archive, trail, orgChartsOf(connection, config.ORG_CHART_SEED_FILE), new TemporalLiveRuns(client)),
        },
        {
          provide: REPLAY,
          inject: [HISTORY_ARCHIVE],
          useFactory: (archive: MongoHistoryArchive) => new ReplayService(archive, () => bundleTaskWorkflows()),
        },
        {
          provide: VERIFIER,
          inject: [AUDIT_TRAIL, HISTORY_ARCHIVE],
          useFactory: (trail: MongoAuditTrail, archive: MongoHistoryArchive) =>
            new DirectiveVerificationService(trail, archive, processAuditKeys().checker),
        },
        {
          provide: FINAL_RUN_ARCHIVER,
          inject: [TEMPORAL_CLIENT, HISTORY_ARCHIVE, AUDIT_TRAIL, MONGO_CONNECTION],
          useFactory: (client: Client, archive: MongoHistoryArchive, trail: MongoAuditTrail, connection: Connection) =>
            new FinalRunArchiver(
              client,
              archive,
              new TemporalRunArchive(client, archive, trail),
              new ReadModelFinishedTasks(new TaskReadModelRepository(connection)),
            ),
        },
        { provide: JWT_VERIFIER, useValue: new JwtVerifier(config) },
        AuditorGuard,
        ReplayJobsService,
        ArchiveSweepService,
        HeadsPublishService,
        SealExistingService,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.replay.close().catch(() => undefined);
    await this.client.connection.close().catch(() => undefined);
    await this.connection.close().catch(() => undefined);
  }
}
