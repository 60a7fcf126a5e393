import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import type { EventPublisher, OutgoingMessage } from './event-publisher.port';

/**
 * EventPublisher over an idempotent kafkajs producer: acks from all in-sync replicas and
 * one request in flight, so a retried send neither duplicates nor reorders a key's events.
 */
export class KafkaEventPublisher implements EventPublisher {
  private readonly producer: Producer;
  private connected?: Promise<void>;

  constructor(kafka: Kafka) {
    // The Java-compatible partitioner: other clients (e.g. tools in Java) place keys alike.
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  connect(): Promise<void> {
    this.connected ??= this.producer.connect();
    return this.connected;
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.connect();
    // Group by topic but keep the given order inside each topic (per-key order matters).
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      })),
    });
  }

  async disconnect(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
    this.connected = undefined;
  }
}
