import { MongoAuditTrail } from '@dondoc/audit';
import { MONGO_CONNECTION } from '@dondoc/persistence';
import { Module } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { OrgChartVersionsController } from './org-chart-versions.controller';
import { ORG_CHART_AUDIT_TRAIL, OrgChartVersionsService } from './org-chart-versions.service';

/** Org chart versions published by administrators (the stores come from PersistenceModule). */
@Module({
  controllers: [OrgChartVersionsController],
  providers: [
    OrgChartVersionsService,
    {
      provide: ORG_CHART_AUDIT_TRAIL,
      inject: [MONGO_CONNECTION],
      useFactory: async (c: Connection) => {
        const trail = new MongoAuditTrail(c);
        await trail.init();
        return trail;
      },
    },
  ],
})
export class OrgChartVersionsModule {}
