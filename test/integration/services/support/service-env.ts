import { servers, mongoUriFor, uniqueName } from '@dondoc/testing';

/**
 * Environment for in-process services of one test run: its own database, task queue,
 * consumer groups and topic prefix, on the shared real servers.
 */
export function isolatedServiceEnv(label: string): Record<string, string> {
  const run = uniqueName(label);
  return {
    MONGODB_URI: mongoUriFor(run.replace(/-/g, '_')),
    KAFKA_BROKERS: servers.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: run,
    TEMPORAL_ADDRESS: servers.temporalAddress,
    TEMPORAL_NAMESPACE: servers.temporalNamespace,
    TEMPORAL_TASK_QUEUE: `${run}-tasks`,
    ORCHESTRATOR_GROUP_ID: `${run}-orchestrator`,
    NOTIFIER_GROUP_ID: `${run}-notifier`,
  };
}
