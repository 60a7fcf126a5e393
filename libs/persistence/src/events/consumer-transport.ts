import { topicsFor, type Topics } from '@dondoc/contracts';
import { KafkaEventsServer } from '@dondoc/messaging';
import { connectMongo } from '../mongo-connection';
import { MongoDeadLetterStore } from './dead-letter.store';
import { MongoProcessedEventStore } from './processed-event.store';

export interface ConsumerTransportOptions {
  config: { KAFKA_BROKERS: string[]; KAFKA_CLIENT_ID: string; KAFKA_TOPIC_PREFIX: string; MONGODB_URI: string };
  /** The consuming service, in its client id and MongoDB app name. */
  service: string;
  groupId: string;
  subscribe: (keyof Topics)[];
  maxAttempts?: number;
  /**
   * Keep processed-event records (two MongoDB round trips per event) only when the
   * handlers are not idempotent by their own keys.
   */
  recordProcessed: boolean;
}

/** The Kafka transport of a consuming service: its topics, its group, dead letters (and processed events) in MongoDB. */
export function consumerTransport(o: ConsumerTransportOptions): KafkaEventsServer {
  return new KafkaEventsServer({
    brokers: o.config.KAFKA_BROKERS,
    clientId: `${o.config.KAFKA_CLIENT_ID}-${o.service}`,
    groupId: o.groupId,
    topics: topicsFor(o.config.KAFKA_TOPIC_PREFIX),
    subscribe: o.subscribe,
    maxAttempts: o.maxAttempts,
    stores: async () => {
      const connection = await connectMongo({ uri: o.config.MONGODB_URI, appName: `dondoc-${o.service}-consumer` });
      const deadLetters = new MongoDeadLetterStore(connection);
      await deadLetters.init();
      return { connection, deadLetters, processed: o.recordProcessed ? new MongoProcessedEventStore(connection) : undefined };
    },
  });
}
