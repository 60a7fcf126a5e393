import { z } from 'zod';
import { hostPort, hostPortList, mongoUri, nonEmpty } from './env-fields';

/** Where Temporal is. Default: the dev server from infra/local/temporal.sh. */
export const temporalEnv = z.object({
  TEMPORAL_ADDRESS: hostPort('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: nonEmpty('dondoc'),
  TEMPORAL_TASK_QUEUE: nonEmpty('dondoc-tasks'),
});

/** Where Kafka is. Default: the broker from infra/local/kafka.sh. */
export const kafkaEnv = z.object({
  KAFKA_BROKERS: hostPortList('127.0.0.1:9092'),
  KAFKA_CLIENT_ID: nonEmpty('dondoc'),
});

/** Where the MongoDB-wire store is. Default: the local SecantusDB from infra/local/secantusdb.sh. */
export const mongoEnv = z.object({
  MONGODB_URI: mongoUri('mongodb://127.0.0.1:27017/dondoc'),
});

export const connectionsEnv = temporalEnv.merge(kafkaEnv).merge(mongoEnv);
export type ConnectionsConfig = z.infer<typeof connectionsEnv>;
