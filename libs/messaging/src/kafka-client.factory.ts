import { Kafka, logLevel as KafkaLogLevel, type KafkaConfig } from 'kafkajs';

export interface KafkaClientOptions {
  brokers: string[];
  clientId: string;
  /** kafkajs logs through console by default; keep it to warnings unless debugging. */
  logLevel?: 'error' | 'warn' | 'info' | 'debug';
  connectionTimeoutMs?: number;
}

const LEVELS = {
  error: KafkaLogLevel.ERROR,
  warn: KafkaLogLevel.WARN,
  info: KafkaLogLevel.INFO,
  debug: KafkaLogLevel.DEBUG,
} as const;

/**
 * The one place that constructs a kafkajs client. kafkajs is unmaintained since 2023, so
 * the rest of the code depends on our ports (publisher, consumer), not on kafkajs types,
 * and swapping the client means rewriting this folder only.
 */
export function createKafkaClient(options: KafkaClientOptions): Kafka {
  const config: KafkaConfig = {
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: LEVELS[options.logLevel ?? 'warn'],
    connectionTimeout: options.connectionTimeoutMs ?? 3000,
    retry: { initialRetryTime: 100, retries: 8 },
  };
  return new Kafka(config);
}
