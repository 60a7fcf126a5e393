import { Partitioners, type Kafka, type Producer } from 'kafkajs';

// A compacted topic used as a key-value log kept outside the database: each write is the
// latest value of its key, and a reader from the beginning ends with the latest per key.

/** Writes each value under its key (JSON), waiting for the broker's acknowledgement. */
export async function writeKeyed(kafka: Kafka, topic: string, records: { key: string; value: unknown }[]): Promise<void> {
  const writer = new KeyedWriter(kafka);
  try {
    await writer.write(topic, records);
  } finally {
    await writer.close();
  }
}

/**
 * A writer for a process that writes keyed values again and again (the audit's heads every
 * few seconds): one producer kept connected, instead of a connection per write; dropped
 * after a failed write so the next one starts from a fresh connection.
 */
export class KeyedWriter {
  private producer?: Producer;

  constructor(private readonly kafka: Kafka) {}

  async write(topic: string, records: { key: string; value: unknown }[]): Promise<void> {
    if (records.length === 0) return;
    try {
      if (!this.producer) {
        const producer = this.kafka.producer({
          allowAutoTopicCreation: false,
          idempotent: false,
          createPartitioner: Partitioners.DefaultPartitioner,
        });
        await producer.connect();
        this.producer = producer;
      }
      await this.producer.send({ topic, acks: -1, messages: records.map((r) => ({ key: r.key, value: JSON.stringify(r.value) })) });
    } catch (e) {
      await this.close();
      throw e;
    }
  }

  async close(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }
}

/** Reads the topic from the beginning up to its current end: the latest value of every key. */
export async function readLatestByKey<T>(kafka: Kafka, topic: string, timeoutMs = 30_000): Promise<Map<string, T>> {
  const admin = kafka.admin();
  await admin.connect();
  let ends: { partition: number; high: string; low: string }[];
  try {
    ends = await admin.fetchTopicOffsets(topic);
  } finally {
    await admin.disconnect();
  }
  const latest = new Map<string, T>();
  const pending = new Map(ends.filter((e) => BigInt(e.high) > BigInt(e.low)).map((e) => [e.partition, BigInt(e.high)]));
  if (pending.size === 0) return latest;
  // A throw-away group that never commits: every export reads the whole topic.
  const consumer = kafka.consumer({ groupId: `audit-heads-reader-${process.pid}-${Date.now()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`đọc chủ đề ${topic} quá ${timeoutMs} ms (reading the topic timed out)`)), timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            if (message.key) latest.set(message.key.toString(), (message.value ? JSON.parse(message.value.toString()) : null) as T);
            if (BigInt(message.offset) + 1n >= (pending.get(partition) ?? 0n)) pending.delete(partition);
            if (pending.size === 0) done();
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  for (const [key, value] of latest) if (value === null) latest.delete(key);
  return latest;
}
