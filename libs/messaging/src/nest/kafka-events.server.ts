import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import { BaseRpcContext } from '@nestjs/microservices/ctx-host/base-rpc.context';
import type { Envelope, EventType, Topics } from '@dondoc/contracts';
import { lastValueFrom } from 'rxjs';
import type { Connection } from 'mongoose';
import { EventConsumer, type EventContext } from '../consumer/event-consumer';
import type { DeadLetterRecorder, ProcessedEventStore } from '../consumer/consumer.ports';
import { createKafkaClient } from '../kafka-client.factory';
import { KafkaEventPublisher } from '../kafka-event.publisher';
import { dondocTopicSpecs, ensureTopics } from '../topic.admin';

/** What a handler gets besides the event: where it came from on Kafka, and a heartbeat for long work. */
export class DondocEventContext extends BaseRpcContext<[EventContext, () => Promise<void>]> {
  get source(): EventContext {
    return this.args[0];
  }

  /** Keeps this consumer in its group during a handler that may outlast the session timeout. */
  heartbeat(): Promise<void> {
    return this.args[1]();
  }
}

export interface KafkaEventsServerOptions {
  brokers: string[];
  clientId: string;
  groupId: string;
  /** The installation's topic names (created if missing); `subscribe` picks the ones to read. */
  topics: Topics;
  subscribe: (keyof Topics)[];
  fromBeginning?: boolean;
  /** Opened by the server itself: the transport exists before the app's DI container. */
  stores: () => Promise<{ processed?: ProcessedEventStore; deadLetters: DeadLetterRecorder; connection?: Connection }>;
  maxAttempts?: number;
}

/**
 * A Nest microservice transport for dondoc events: `@EventPattern('task.assigned')` binds
 * a handler to an event TYPE (not a topic). Nest's own Kafka transport is not used because
 * it JSON-parses before we see the bytes (so "not JSON" could not be reported), commits
 * after a failed event handler without dead-lettering it, and renames group ids. Here
 * every message goes through our EventConsumer: contract validation, eventId de-duplication,
 * bounded retries, dead-letter topic + record.
 */
export class KafkaEventsServer extends Server implements CustomTransportStrategy {
  private consumer?: EventConsumer;
  private publisher?: KafkaEventPublisher;
  private connection?: Connection;

  constructor(private readonly options: KafkaEventsServerOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const kafka = createKafkaClient({ brokers: this.options.brokers, clientId: this.options.clientId });
      await ensureTopics(kafka, dondocTopicSpecs(this.options.topics));
      this.publisher = new KafkaEventPublisher(kafka);
      const stores = await this.options.stores();
      this.connection = stores.connection;
      this.consumer = new EventConsumer({
        kafka,
        groupId: this.options.groupId,
        topics: this.options.subscribe.map((k) => this.options.topics[k]),
        deadLetterTopic: this.options.topics.deadLetter,
        fromBeginning: this.options.fromBeginning,
        processed: stores.processed,
        deadLetters: stores.deadLetters,
        publisher: this.publisher,
        maxAttempts: this.options.maxAttempts,
        wants: (type) => this.getHandlerByPattern(type) != null,
        handle: (event, context, heartbeat) => this.dispatch(event, context, heartbeat),
        onDeadLetter: (letter) => this.logger.warn(`dead-lettered ${letter.type ?? 'message'} ${letter.eventId ?? ''}: ${letter.reason}`),
        onError: (error) => this.logger.error(`event handler failed: ${(error as Error).message}`),
      });
      await this.consumer.start();
      callback();
    } catch (e) {
      callback(e);
    }
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
    await this.publisher?.disconnect();
    await this.connection?.close();
  }

  on(): void {
    // No broker-level events to expose.
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async dispatch(event: Envelope<EventType>, context: EventContext, heartbeat: () => Promise<void>): Promise<void> {
    const handler = this.getHandlerByPattern(event.type);
    if (!handler) return; // not wanted: the consumer skips these before reaching here
    const result = await handler(event, new DondocEventContext([context, heartbeat]));
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }
}
