import { ContractViolation, parseEvent, TOPICS, type Envelope, type EventType } from '@dondoc/contracts';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { EventPublisher } from '../event-publisher.port';
import type { DeadLetter, DeadLetterRecorder, ProcessedEventStore } from './consumer.ports';
import { PoisonEventError } from './poison-event.error';

export interface EventContext {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * `heartbeat` tells the group this consumer is alive: a handler whose work may outlast the
 * session timeout (a national withdrawal cancels ~20,000 follow-ups) calls it as it goes,
 * or the group would hand its partition to another member and the work would run twice.
 */
export type EventHandler = (event: Envelope<EventType>, context: EventContext, heartbeat: () => Promise<void>) => Promise<void>;

export interface EventConsumerOptions {
  kafka: Kafka;
  /** The consumer's name: its Kafka group id and its key in the processed-event store. */
  groupId: string;
  topics: string[];
  handle: EventHandler;
  /**
   * Event ids already handled, checked before and marked after the handler. Leave it out
   * only when the handler is idempotent by itself (the orchestrator: a workflow ID can be
   * started once), which saves two MongoDB round trips per event.
   */
  processed?: ProcessedEventStore;
  deadLetters: DeadLetterRecorder;
  publisher: EventPublisher;
  /** Where dead letters go; default the standard dead-letter topic. */
  deadLetterTopic?: string;
  /** Attempts for a handler that fails with an ordinary error before the event is dead-lettered. */
  maxAttempts?: number;
  retryDelayMs?: number;
  fromBeginning?: boolean;
  /**
   * Event types this consumer handles; others are skipped before any MongoDB round trip
   * (no de-duplication lookup, no processed mark). Default: every type.
   */
  wants?: (type: string) => boolean;
  /** Partitions handled at once. Default 16. */
  partitionsConsumedConcurrently?: number;
  /**
   * Messages of one partition handled at once, as long as their Kafka keys differ: order is
   * kept per key (per task, per directive), not across keys. Default 32; 1 = strictly serial.
   */
  concurrencyPerPartition?: number;
  onDeadLetter?: (letter: DeadLetter) => void;
  onError?: (error: unknown) => void;
}

/**
 * Consumes dondoc events: validates each with the contracts, skips ones already handled
 * (by eventId), calls the handler, and sends what cannot be handled to the dead-letter
 * topic with the reason (and records it). Nothing is retried forever: a poison message
 * costs one attempt, a failing handler `maxAttempts`, then the partition moves on.
 */
export class EventConsumer {
  private consumer?: Consumer;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private stopping = false;

  constructor(private readonly options: EventConsumerOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 500;
  }

  async start(): Promise<void> {
    const { kafka, groupId, topics } = this.options;
    // A member killed without leaving holds its partitions until its session expires, and a
    // restarted member's join waits for that too: 10 s (the broker's minimum is 6 s) instead of
    // 30 s made a consumer's restart after kill -9 take 24-46 s in `npm run chaos`. Slices call
    // heartbeat() after each slice and while retrying, so only a slice stuck over 10 s loses it.
    const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 3_000 });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: this.options.fromBeginning ?? true });
    const width = Math.max(1, this.options.concurrencyPerPartition ?? 32);
    await consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 16,
      eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
        const { topic, partition } = batch;
        for (let i = 0; i < batch.messages.length; i += width) {
          if (!isRunning() || isStale()) return;
          const slice = batch.messages.slice(i, i + width);
          await this.handleSlice(slice, (m) => ({ topic, partition, offset: m.offset }), heartbeat);
          // Only once every message of the slice is done: a crash re-delivers the slice.
          resolveOffset(slice[slice.length - 1].offset);
          await commitOffsetsIfNecessary();
          await heartbeat();
        }
      },
    });
  }

  /** Messages with different keys at once, each key's messages in their order. */
  private async handleSlice(
    slice: KafkaMessage[],
    contextOf: (m: KafkaMessage) => EventContext,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    const byKey = new Map<string, KafkaMessage[]>();
    for (const m of slice) {
      const key = m.key ? m.key.toString('utf8') : `offset:${m.offset}`;
      const list = byKey.get(key);
      if (list) list.push(m);
      else byKey.set(key, [m]);
    }
    const results = await Promise.allSettled(
      [...byKey.values()].map(async (messages) => {
        for (const m of messages) await this.onMessage(contextOf(m), m, heartbeat);
      }),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
  }

  private async onMessage(context: EventContext, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<void> {
    let event: Envelope<EventType>;
    try {
      event = parseEvent(message.value);
    } catch (e) {
      if (!(e instanceof ContractViolation)) throw e;
      return this.deadLetter(context, message, null, `invalid event: ${e.what}`, e.problems);
    }
    if (this.options.wants && !this.options.wants(event.type)) return;
    const { processed, groupId } = { processed: this.options.processed, groupId: this.options.groupId };
    if (processed && (await processed.has(groupId, event.eventId))) return;

    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.handle(event, context, heartbeat);
        await processed?.mark(groupId, event.eventId, event.type);
        return;
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        if (e instanceof PoisonEventError || e instanceof ContractViolation) {
          return this.deadLetter(
            context,
            message,
            event,
            `rejected by handler: ${reason}`,
            e instanceof ContractViolation ? e.problems : [reason],
          );
        }
        this.options.onError?.(e);
        if (attempt >= this.maxAttempts || this.stopping) {
          if (this.stopping) throw e; // let the group redeliver it to whoever takes over
          return this.deadLetter(context, message, event, `handler failed ${attempt} times: ${reason}`, [reason]);
        }
        await heartbeat().catch(() => undefined);
        await new Promise((r) => setTimeout(r, this.retryDelayMs * 2 ** (attempt - 1)));
      }
    }
  }

  private async deadLetter(
    context: EventContext,
    message: KafkaMessage,
    event: Envelope<EventType> | null,
    reason: string,
    problems: string[],
  ): Promise<void> {
    const letter: DeadLetter = {
      consumer: this.options.groupId,
      reason,
      problems,
      source: { ...context, key: message.key ? message.key.toString() : null },
      eventId: event?.eventId ?? null,
      type: event?.type ?? null,
      original: message.value ? message.value.toString('utf8') : '',
      at: new Date().toISOString(),
    };
    // Kafka first: the topic is the durable record other tools watch; Mongo is the index.
    await this.options.publisher.publish([
      {
        topic: this.options.deadLetterTopic ?? TOPICS.deadLetter,
        key: letter.source.key ?? `${context.topic}:${context.partition}:${context.offset}`,
        value: JSON.stringify(letter),
        headers: { 'dead-letter-reason': reason.slice(0, 500), consumer: letter.consumer },
      },
    ]);
    await this.options.deadLetters.record(letter);
    this.options.onDeadLetter?.(letter);
  }
}
