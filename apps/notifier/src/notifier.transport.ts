import { topicsFor } from '@dondoc/contracts';
import { KafkaEventsServer } from '@dondoc/messaging';
import { connectMongo, MongoDeadLetterStore } from '@dondoc/persistence';
import type { NotifierConfig } from './notifier.config';

/**
 * The notifier reads the task facts; other event types pass by unhandled. No processed-event
 * store: every handler is idempotent by its own keys (a notice is unique per task, kind,
 * trigger, level and recipient, and e-mailed only while unsent; an evaluation cell or a
 * year grade is keyed by task and period), which saves two MongoDB round trips per event.
 */
export function notifierTransport(config: NotifierConfig): KafkaEventsServer {
  return new KafkaEventsServer({
    brokers: config.KAFKA_BROKERS,
    clientId: `${config.KAFKA_CLIENT_ID}-notifier`,
    groupId: config.NOTIFIER_GROUP_ID,
    topics: topicsFor(config.KAFKA_TOPIC_PREFIX),
    subscribe: ['taskEvents'],
    maxAttempts: config.NOTIFIER_MAX_ATTEMPTS,
    stores: async () => {
      const connection = await connectMongo({ uri: config.MONGODB_URI, appName: 'dondoc-notifier-consumer' });
      const deadLetters = new MongoDeadLetterStore(connection);
      await deadLetters.init();
      return { connection, deadLetters };
    },
  });
}
