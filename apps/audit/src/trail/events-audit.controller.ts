import { auditEntryFromTaskEvent, type AuditTrailWriter } from '@dondoc/audit';
import { TASK_EVENT_TYPES, type Envelope } from '@dondoc/contracts';
import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AUDIT_TRAIL } from '../audit.tokens';

/**
 * Every task and directive fact on Kafka becomes an entry of its directive's chain:
 * user commands with their actor and request id, the workflow's own transitions
 * (reminders, escalations, evaluations) as 'system'. Keyed by eventId, so a redelivery
 * is recorded once.
 */
@Controller()
export class EventsAuditController {
  constructor(@Inject(AUDIT_TRAIL) private readonly trail: AuditTrailWriter) {}

  @EventPattern([...TASK_EVENT_TYPES, 'directive.issued', 'directive.withdrawn'])
  async record(@Payload() event: Envelope): Promise<void> {
    const entry = auditEntryFromTaskEvent(event);
    if (entry) await this.trail.append(entry);
  }
}
