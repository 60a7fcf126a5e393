import {
  DIRECTIVE_ISSUED_TASK_IDS_MAX,
  taskDefinitionsOf,
  type Actor,
  type Envelope,
  type TaskDefinition,
  type Topics,
} from '@dondoc/contracts';
import type { DirectiveAssignment, DirectiveRecord, OutboxEntry } from '@dondoc/persistence';
import { taskIdOf } from '@dondoc/domain';

const envelope = (e: Omit<Envelope, 'schemaVersion'>): Envelope => ({ schemaVersion: 1, ...e });
const entry = (topic: string, e: Envelope): OutboxEntry => ({
  eventId: e.eventId,
  type: e.type,
  topic,
  key: e.key,
  value: JSON.stringify(e),
});

/**
 * Everything issuing writes, computed up front: one task per item × lead unit, and the
 * outbox events (`directive.issued`, then one `task.assigned` per task). Event ids come
 * from business keys, so issuing twice could never publish two different facts.
 */
export function buildIssue(
  directive: DirectiveRecord,
  actor: Actor,
  at: string,
  topics: Topics,
): { assignments: DirectiveAssignment[]; events: OutboxEntry[]; definitions: TaskDefinition[] } {
  const definitions: TaskDefinition[] = taskDefinitionsOf(directive, { directiveId: directive.id, assignedAt: at, taskIdOf });
  const issuedId = `directive:${directive.id}:issued`;
  const issued = envelope({
    eventId: issuedId,
    type: 'directive.issued',
    occurredAt: at,
    correlationId: `directive:${directive.id}`,
    causationId: null,
    key: directive.id,
    payload: {
      directiveId: directive.id,
      number: directive.number,
      date: directive.date,
      subject: directive.subject,
      issuerUnitId: directive.issuerUnitId,
      taskCount: definitions.length,
      ...(definitions.length <= DIRECTIVE_ISSUED_TASK_IDS_MAX ? { taskIds: definitions.map((d) => d.taskId) } : {}),
      actor,
      at,
    },
  });
  const assigned = definitions.map((d) =>
    envelope({
      eventId: `task:${d.taskId}:assigned`,
      type: 'task.assigned',
      occurredAt: at,
      correlationId: `directive:${directive.id}`,
      causationId: issuedId,
      key: d.taskId,
      payload: d,
    }),
  );
  return {
    definitions,
    assignments: definitions.map((d) => ({ taskId: d.taskId, itemRef: d.itemRef, leadUnitId: d.leadUnitId })),
    events: [entry(topics.directiveEvents, issued), ...assigned.map((e) => entry(topics.taskEvents, e))],
  };
}

export function buildWithdrawal(directive: DirectiveRecord, actor: Actor, reason: string, at: string, topics: Topics): OutboxEntry[] {
  const e = envelope({
    eventId: `directive:${directive.id}:withdrawn`,
    type: 'directive.withdrawn',
    occurredAt: at,
    correlationId: `directive:${directive.id}`,
    causationId: `directive:${directive.id}:issued`,
    key: directive.id,
    payload: {
      directiveId: directive.id,
      number: directive.number,
      reason,
      taskCount: directive.assignments.length,
      ...(directive.assignments.length <= DIRECTIVE_ISSUED_TASK_IDS_MAX ? { taskIds: directive.assignments.map((a) => a.taskId) } : {}),
      actor,
      at,
    },
  });
  return [entry(topics.directiveEvents, e)];
}
