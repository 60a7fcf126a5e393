import { topicsFor } from '@dondoc/contracts';
import { KafkaEventsServer } from '@dondoc/messaging';
import { connectMongo, MongoDeadLetterStore } from '@dondoc/persistence';
import type { OrchestratorConfig } from './orchestrator.config';

/**
 * The orchestrator listens to assignments (task topic) and withdrawals (directive topic).
 * No processed-event store: its handlers are idempotent through Temporal itself (a task's
 * workflow ID starts once; a cancel of a closed task is refused and ignored), which saves
 * two MongoDB round trips per event on the path from issue to started workflow.
 */
export function orchestratorTransport(config: OrchestratorConfig): KafkaEventsServer {
  return new KafkaEventsServer({
    brokers: config.KAFKA_BROKERS,
    clientId: `${config.KAFKA_CLIENT_ID}-orchestrator`,
    groupId: config.ORCHESTRATOR_GROUP_ID,
    topics: topicsFor(config.KAFKA_TOPIC_PREFIX),
    subscribe: ['taskEvents', 'directiveEvents'],
    maxAttempts: config.ORCHESTRATOR_MAX_ATTEMPTS,
    stores: async () => {
      const connection = await connectMongo({ uri: config.MONGODB_URI, appName: 'dondoc-orchestrator-consumer' });
      const deadLetters = new MongoDeadLetterStore(connection);
      await deadLetters.init();
      return { connection, deadLetters };
    },
  });
}
