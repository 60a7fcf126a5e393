import { topicsFor } from '@dondoc/contracts';
import { KafkaEventsServer } from '@dondoc/messaging';
import { connectMongo, MongoDeadLetterStore, MongoProcessedEventStore } from '@dondoc/persistence';
import type { NotifierConfig } from './notifier.config';

/** The notifier reads the task facts; other event types pass by unhandled. */
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
      return { connection, processed: new MongoProcessedEventStore(connection), deadLetters };
    },
  });
}
