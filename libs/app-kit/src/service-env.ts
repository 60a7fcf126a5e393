import { connectionsEnv } from '@dondoc/config';
import { z } from 'zod';

/**
 * What every dondoc service reads: the connections, plus an optional Kafka topic prefix
 * (separate environments, or parallel test runs, on one cluster; empty = standard names).
 */
export const serviceEnv = connectionsEnv.extend({
  KAFKA_TOPIC_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]*$/, { message: 'expected letters, digits, dots, dashes or underscores' })
    .default(''),
});
