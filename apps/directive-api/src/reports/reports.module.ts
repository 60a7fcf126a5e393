import { MongoAuditTrail } from '@dondoc/audit';
import {
  ASSESSMENT_STORE,
  AssessmentStore,
  MONGO_CONNECTION,
  PROMPTING_LETTER_STORE,
  PromptingLetterStore,
  REPORT_COUNTS,
  REPORT_SOURCE,
  ReportCountsRepository,
  ReportSourceReader,
} from '@dondoc/persistence';
import { Module } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { UnitScopeService } from '../auth/unit-scope.service';
import { AssessmentsController } from '../evaluations/assessments.controller';
import { ASSESSMENT_AUDIT_TRAIL, AssessmentsService } from '../evaluations/assessments.service';
import { LETTER_AUDIT_TRAIL, LettersService } from './letters.service';
import { LettersController } from './letters.controller';
import { PreviewController } from './preview.controller';
import { ReportSummaryController } from './report-summary.controller';
import { ReportsController } from './reports.controller';

/** Official outputs: reports, prompting letters, the preview of a draft directive's year, and evaluations under the decree in force with the assessor's input. */
@Module({
  controllers: [ReportSummaryController, ReportsController, LettersController, PreviewController, AssessmentsController],
  providers: [
    UnitScopeService,
    LettersService,
    AssessmentsService,
    {
      provide: ASSESSMENT_STORE,
      inject: [MONGO_CONNECTION],
      useFactory: async (c: Connection) => {
        const store = new AssessmentStore(c);
        await store.init();
        return store;
      },
    },
    { provide: REPORT_SOURCE, inject: [MONGO_CONNECTION], useFactory: (c: Connection) => new ReportSourceReader(c) },
    {
      provide: REPORT_COUNTS,
      inject: [MONGO_CONNECTION],
      useFactory: async (c: Connection) => {
        const counts = new ReportCountsRepository(c);
        await counts.init();
        return counts;
      },
    },
    {
      provide: PROMPTING_LETTER_STORE,
      inject: [MONGO_CONNECTION],
      useFactory: async (c: Connection) => {
        const store = new PromptingLetterStore(c);
        await store.init();
        return store;
      },
    },
    {
      provide: ASSESSMENT_AUDIT_TRAIL,
      inject: [MONGO_CONNECTION],
      useFactory: async (c: Connection) => {
        const trail = new MongoAuditTrail(c);
        await trail.init();
        return trail;
      },
    },
    {
      provide: LETTER_AUDIT_TRAIL,
      inject: [MONGO_CONNECTION],
      useFactory: async (c: Connection) => {
        const trail = new MongoAuditTrail(c);
        await trail.init();
        return trail;
      },
    },
  ],
})
export class ReportsModule {}
