import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import type { EventPublisher, OutgoingMessage } from './event-publisher.port';

/** Messages of callers that arrived while a send was in flight, sent together next (at most this many). */
const MAX_COALESCED_MESSAGES = 500;
/** …and at most this many bytes of values: well under the broker's 1 MiB request default. */
const MAX_COALESCED_BYTES = 512 * 1024;

interface Pending {
  messages: OutgoingMessage[];
  bytes: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * EventPublisher over an idempotent kafkajs producer: acks from all in-sync replicas and
 * one request in flight, so a retried send neither duplicates nor reorders a key's events.
 *
 * One request in flight: calls made while one is on its way wait, and are then sent
 * together in one request, in the order they were made (a key's order holds). A thousand
 * escalations falling due together were a thousand produce requests one after another
 * (ESC benchmark); now a few. A call alone is sent at once, with no lingering.
 */
export class KafkaEventPublisher implements EventPublisher {
  private readonly producer: Producer;
  private connected?: Promise<void>;
  private readonly waiting: Pending[] = [];
  private sending = false;

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
    const bytes = messages.reduce((n, m) => n + m.value.length, 0);
    await new Promise<void>((resolve, reject) => {
      this.waiting.push({ messages, bytes, resolve, reject });
      void this.drain();
    });
  }

  /** Sends what waits, a bounded group of calls per request, until nothing does. */
  private async drain(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.takeGroup();
        try {
          await this.send(group.flatMap((p) => p.messages));
          for (const p of group) p.resolve();
        } catch (e) {
          // Each caller retries (an activity, the relay, a consumer): all or none of a group is acknowledged.
          for (const p of group) p.reject(e);
        }
      }
    } finally {
      this.sending = false;
    }
  }

  /** The oldest calls that fit the bounds together (always at least one: a large call is sent alone, as given). */
  private takeGroup(): Pending[] {
    let count = 0;
    let bytes = 0;
    let n = 0;
    for (const p of this.waiting) {
      if (n > 0 && (count + p.messages.length > MAX_COALESCED_MESSAGES || bytes + p.bytes > MAX_COALESCED_BYTES)) break;
      count += p.messages.length;
      bytes += p.bytes;
      n++;
    }
    return this.waiting.splice(0, n);
  }

  private async send(messages: OutgoingMessage[]): Promise<void> {
    // Group by topic but keep the given order inside each topic (per-key order matters).
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) {
      const list = byTopic.get(m.topic);
      if (list) list.push(m);
      else byTopic.set(m.topic, [m]);
    }
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
