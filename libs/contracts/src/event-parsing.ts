import { directiveEventPayloads, type DirectiveEventType } from './directive-events.schema';
import { ENVELOPE_SCHEMA_VERSION, envelopeSchema, type Envelope } from './envelope.schema';
import { taskEventPayloads, type TaskEventType } from './task-events.schema';
import { ContractViolation, describeIssues } from './validation';

export type EventType = TaskEventType | DirectiveEventType;
const payloadSchemas = { ...taskEventPayloads, ...directiveEventPayloads } as const;

export function isKnownEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(payloadSchemas, type);
}

/**
 * Parses raw Kafka bytes into a typed event, or throws a ContractViolation saying what is
 * wrong (not JSON, bad envelope, unknown type, newer schema, bad payload). Consumers
 * send such messages to the dead-letter topic with that reason.
 */
export function parseEvent(raw: Buffer | string | null | undefined): Envelope<EventType> {
  if (raw === null || raw === undefined || raw.length === 0) throw new ContractViolation('event', ['empty message']);
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch (e) {
    throw new ContractViolation('event', [`not JSON: ${(e as Error).message}`]);
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw new ContractViolation('event envelope', describeIssues(envelope.error));
  const { type, schemaVersion } = envelope.data;
  if (!isKnownEventType(type)) throw new ContractViolation('event', [`type: unknown event type '${type}'`]);
  if (schemaVersion > ENVELOPE_SCHEMA_VERSION) {
    throw new ContractViolation(`event ${type}`, [
      `schemaVersion: ${schemaVersion} is newer than this consumer knows (${ENVELOPE_SCHEMA_VERSION})`,
    ]);
  }
  const payload = payloadSchemas[type].safeParse(envelope.data.payload);
  if (!payload.success)
    throw new ContractViolation(
      `event ${type}`,
      describeIssues(payload.error).map((p) => `payload.${p}`),
    );
  return { ...envelope.data, type, payload: payload.data };
}
