import { createKafkaClient } from '@dondoc/messaging';
import { servers, uniqueName } from '@dondoc/testing';
import type { Consumer, Kafka } from 'kafkajs';

export const testKafka = (): Kafka =>
  createKafkaClient({ brokers: servers.kafkaBrokers, clientId: uniqueName('svc-test'), logLevel: 'error' });

export async function createTopic(kafka: Kafka, topic: string, numPartitions = 3): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions }], waitForLeaders: true });
  await admin.disconnect();
}

export async function deleteTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics }).catch(() => undefined);
  await admin.disconnect();
}

export interface ReceivedRecord {
  topic: string;
  key: string | null;
  value: string;
  partition: number;
  offset: string;
}

/** Reads everything that arrives on `topics` (from the beginning) into `records`. */
export class TopicProbe {
  readonly records: ReceivedRecord[] = [];
  private consumer?: Consumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: string[],
  ) {}

  async start(): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId: uniqueName('probe') });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.records.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? '',
        });
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

/** Polls `probe` until it holds, or fails after `timeoutMs` with what it last saw. */
export async function eventually<T>(
  probe: () => Promise<T> | T,
  until: (value: T) => boolean,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    last = await probe();
    if (until(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
