import { topicsFor } from '@dondoc/contracts';
import { KafkaEventsServer } from '@dondoc/messaging';
import { connectMongo, MongoDeadLetterStore, MongoProcessedEventStore } from '@dondoc/persistence';
import type { AuditConfig } from './audit.config';

/** The audit consumer reads directive and task facts into the hash-chained trail. */
export function auditTransport(config: AuditConfig): KafkaEventsServer {
  return new KafkaEventsServer({
    brokers: config.KAFKA_BROKERS,
    clientId: `${config.KAFKA_CLIENT_ID}-audit`,
    groupId: config.AUDIT_GROUP_ID,
    topics: topicsFor(config.KAFKA_TOPIC_PREFIX),
    subscribe: ['directiveEvents', 'taskEvents'],
    stores: async () => {
      const connection = await connectMongo({ uri: config.MONGODB_URI, appName: 'dondoc-audit-consumer' });
      const deadLetters = new MongoDeadLetterStore(connection);
      await deadLetters.init();
      return { connection, processed: new MongoProcessedEventStore(connection), deadLetters };
    },
  });
}
