import { z } from 'zod';

/** Current envelope version; consumers accept this and older versions they know. */
export const ENVELOPE_SCHEMA_VERSION = 1;

const isoInstant = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time' });

/**
 * Every event on Kafka travels in this envelope. `eventId` is deterministic where the
 * producer can make it so (e.g. `task:<id>:escalated:<trigger>:<level>`), which makes
 * redelivery and replays harmless: consumers de-duplicate by it.
 */
export const envelopeSchema = z.object({
  eventId: z.string().min(1),
  type: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  occurredAt: isoInstant,
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  /** The aggregate the event belongs to; also the Kafka message key. */
  key: z.string().min(1),
  payload: z.unknown(),
});

export type Envelope<TType extends string = string, TPayload = unknown> = Omit<z.infer<typeof envelopeSchema>, 'type' | 'payload'> & {
  type: TType;
  payload: TPayload;
};
