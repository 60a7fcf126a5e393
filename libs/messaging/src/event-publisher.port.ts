import type { Envelope } from '@dondoc/contracts';

/** One record for Kafka: the key is the aggregate id, so Kafka keeps its events in order. */
export interface OutgoingMessage {
  topic: string;
  key: string;
  value: string;
  headers?: Record<string, string>;
}

/**
 * Where facts go. The rest of dondoc depends on this port, never on kafkajs: kafkajs is
 * unmaintained and may have to be swapped.
 */
export interface EventPublisher {
  /** Resolves once every replica in sync has the messages (acks = all). */
  publish(messages: OutgoingMessage[]): Promise<void>;
}

export const EVENT_PUBLISHER = Symbol('EventPublisher');

/** An envelope as a Kafka record of `topic`, keyed by its aggregate. */
export function envelopeMessage(topic: string, envelope: Envelope): OutgoingMessage {
  return {
    topic,
    key: envelope.key,
    value: JSON.stringify(envelope),
    headers: { 'event-type': envelope.type, 'event-id': envelope.eventId },
  };
}
