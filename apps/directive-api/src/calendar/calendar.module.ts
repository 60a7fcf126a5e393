import { MongoAuditTrail } from '@dondoc/audit';
import { MONGO_CONNECTION } from '@dondoc/persistence';
import { Module } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { CalendarVersionsController } from './calendar-versions.controller';
import { CALENDAR_AUDIT_TRAIL, CalendarVersionsService } from './calendar-versions.service';

/** Working calendar versions published by administrators (the store comes from PersistenceModule). */
@Module({
  controllers: [CalendarVersionsController],
  providers: [
    CalendarVersionsService,
    {
      provide: CALENDAR_AUDIT_TRAIL,
      inject: [MONGO_CONNECTION],
      useFactory: async (c: Connection) => {
        const trail = new MongoAuditTrail(c);
        await trail.init();
        return trail;
      },
    },
  ],
})
export class CalendarModule {}
