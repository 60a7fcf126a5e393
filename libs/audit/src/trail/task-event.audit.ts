import type { Envelope } from '@dondoc/contracts';
import type { AuditEntryInput } from './audit-entry.types';

// A task fact (the workflow's events on Kafka) as an audit entry: user commands carry
// their actor; reminders, escalations and evaluations were done by the workflow itself.
// Keyed by eventId, so a redelivered event is recorded once.

interface TaskPayload {
  taskId?: string;
  directiveId?: string;
  leadUnitId?: string;
  actor?: { userId: string; role: string; unitId: string };
  at?: string;
  [key: string]: unknown;
}

const REPEATED = new Set(['taskId', 'directiveId', 'directiveNumber', 'itemRef', 'actor', 'at']);

export function auditEntryFromTaskEvent(event: Envelope): AuditEntryInput | null {
  const payload = (event.payload ?? {}) as TaskPayload;
  if (!payload.directiveId) return null;
  const details = Object.fromEntries(Object.entries(payload).filter(([k, v]) => !REPEATED.has(k) && v !== undefined));
  return {
    directiveId: payload.directiveId,
    taskId: payload.taskId ?? null,
    who: payload.actor?.userId ?? 'system',
    role: payload.actor?.role ?? 'system',
    unit: payload.actor?.unitId ?? payload.leadUnitId ?? 'system',
    what: event.type,
    when: payload.at ?? event.occurredAt,
    requestId: event.causationId ?? null,
    sourceId: event.eventId,
    details,
  };
}
