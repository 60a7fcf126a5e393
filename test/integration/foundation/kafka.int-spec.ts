// Proves kafkajs 2.2.4 against our Kafka 4.1 broker (KRaft): a consumer group receives
// every keyed message exactly in the order it was produced for that key.
import { createKafkaClient } from '@dondoc/messaging';
import { servers, uniqueName } from '@dondoc/testing';
import { Partitioners, type Consumer, type Producer } from 'kafkajs';

jest.setTimeout(90_000);

describe('Kafka broker with kafkajs', () => {
  const kafka = createKafkaClient({ brokers: servers.kafkaBrokers, clientId: 'foundation-test' });
  const topic = uniqueName('foundation-keyed');
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
    await admin.disconnect();
    // The partitioner the apps use (libs/messaging): also keeps kafkajs's v2 migration warning out of the test log.
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    consumer = kafka.consumer({ groupId: uniqueName('foundation-group') });
    await Promise.all([producer.connect(), consumer.connect()]);
  });

  afterAll(async () => {
    await Promise.allSettled([producer?.disconnect(), consumer?.disconnect()]);
  });

  it('exchanges 1,000 keyed messages through a consumer group, none lost, order kept per key', async () => {
    const keys = Array.from({ length: 10 }, (_, i) => `task-${i}`);
    const sent = Array.from({ length: 1000 }, (_, i) => ({ key: keys[i % keys.length], value: String(i) }));

    const received = new Map<string, number[]>();
    let count = 0;
    let allReceived!: () => void;
    const done = new Promise<void>((resolve) => (allReceived = resolve));

    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const key = String(message.key);
        received.set(key, [...(received.get(key) ?? []), Number(String(message.value))]);
        if (++count === sent.length) allReceived();
      },
    });

    for (let i = 0; i < sent.length; i += 100) {
      await producer.send({ topic, acks: -1, messages: sent.slice(i, i + 100) });
    }
    await done;

    expect(count).toBe(1000);
    for (const key of keys) {
      const expected = sent.filter((m) => m.key === key).map((m) => Number(m.value));
      expect(received.get(key)).toEqual(expected);
    }
    const admin = kafka.admin();
    await admin.connect();
    const groups = await admin.listGroups();
    await admin.disconnect();
    expect(groups.groups.length).toBeGreaterThan(0);
  });
});
