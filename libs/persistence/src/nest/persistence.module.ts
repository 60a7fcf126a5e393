import { DEAD_LETTER_RECORDER, OUTBOX_STORE, PROCESSED_EVENTS } from '@dondoc/messaging';
import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { DirectiveOutboxStore } from '../directives/directive-outbox.store';
import { DIRECTIVE_REPOSITORY, DirectiveRepository } from '../directives/directive.repository';
import { EVALUATION_REPOSITORY, EvaluationRepository } from '../evaluations/evaluation.repository';
import { MongoDeadLetterStore } from '../events/dead-letter.store';
import { EVIDENCE_FILE_STORE, EvidenceFileStore } from '../evidence/evidence-file.store';
import { MongoProcessedEventStore } from '../events/processed-event.store';
import { INBOX_REPOSITORY, InboxRepository } from '../inbox/inbox-notice.repository';
import { connectMongo, type MongoConnectionOptions } from '../mongo-connection';
import { ORG_CHART_STORE, OrgChartStore } from '../org-chart/org-chart.store';
import { CALENDAR_VERSION_STORE, CalendarVersionStore } from '../calendar/calendar-version.store';
import { TASK_READ_MODEL, TaskReadModelRepository } from '../tasks/task-read-model.repository';
import { MONGO_CONNECTION } from './persistence.tokens';

/** Closes the app's Mongo connection last, after everything that writes has stopped. */
@Injectable()
class MongoConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(MONGO_CONNECTION) private readonly connection: Connection) {}
  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

const repository = <T extends { init?: () => Promise<void> }>(token: symbol, create: (c: Connection) => T): Provider => ({
  provide: token,
  inject: [MONGO_CONNECTION],
  // Indexes (unique keys are the idempotency guards) are built before the app serves.
  useFactory: async (connection: Connection) => {
    const repo = create(connection);
    await repo.init?.();
    return repo;
  },
});

/** MongoDB for a Nest app: one connection and every repository, each under its Symbol token. */
@Module({})
export class PersistenceModule {
  static forRoot(options: MongoConnectionOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: MONGO_CONNECTION, useFactory: () => connectMongo(options) },
      MongoConnectionCloser,
      repository(DIRECTIVE_REPOSITORY, (c) => new DirectiveRepository(c)),
      repository(TASK_READ_MODEL, (c) => new TaskReadModelRepository(c)),
      repository(EVALUATION_REPOSITORY, (c) => new EvaluationRepository(c)),
      repository(INBOX_REPOSITORY, (c) => new InboxRepository(c)),
      repository(ORG_CHART_STORE, (c) => new OrgChartStore(c)),
      repository(CALENDAR_VERSION_STORE, (c) => new CalendarVersionStore(c)),
      repository(PROCESSED_EVENTS, (c) => new MongoProcessedEventStore(c)),
      repository(DEAD_LETTER_RECORDER, (c) => new MongoDeadLetterStore(c)),
      repository(EVIDENCE_FILE_STORE, (c) => new EvidenceFileStore(c)),
      { provide: OUTBOX_STORE, inject: [DIRECTIVE_REPOSITORY], useFactory: (d: DirectiveRepository) => new DirectiveOutboxStore(d) },
    ];
    return {
      module: PersistenceModule,
      global: true,
      providers,
      exports: [
        MONGO_CONNECTION,
        DIRECTIVE_REPOSITORY,
        TASK_READ_MODEL,
        EVALUATION_REPOSITORY,
        INBOX_REPOSITORY,
        ORG_CHART_STORE,
        CALENDAR_VERSION_STORE,
        PROCESSED_EVENTS,
        DEAD_LETTER_RECORDER,
        EVIDENCE_FILE_STORE,
        OUTBOX_STORE,
      ],
    };
  }
}
