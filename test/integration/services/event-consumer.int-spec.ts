// The consumer helper against real Kafka and MongoDB-wire: valid events are handled once
// per eventId however often they arrive; malformed and poison ones go to the dead-letter
// topic with the reason and are recorded, each after a bounded number of attempts.
import { TOPICS } from '@dondoc/contracts';
import { ensureTopics, EventConsumer, KafkaEventPublisher, PoisonEventError } from '@dondoc/messaging';
import { connectMongo, MongoDeadLetterStore, MongoProcessedEventStore } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection } from 'mongoose';
import { acknowledgedEvent } from './support/events.fixture';
import { createTopic, deleteTopics, eventually, testKafka, TopicProbe } from './support/kafka-probe';

jest.setTimeout(120_000);

describe('event consumer', () => {
  const kafka = testKafka();
  const topic = uniqueName('events');
  const groupId = uniqueName('consumer');
  const publisher = new KafkaEventPublisher(kafka);
  let connection: Connection;
  let consumer: EventConsumer;
  let deadLetterProbe: TopicProbe;

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('consumer').replace(/-/g, '_')) });
    await ensureTopics(kafka);
    await createTopic(kafka, topic, 2);
    deadLetterProbe = new TopicProbe(kafka, [TOPICS.deadLetter]);
    await deadLetterProbe.start();
  });
  afterAll(async () => {
    await consumer?.stop();
    await deadLetterProbe?.stop();
    await publisher.disconnect();
    await deleteTopics(kafka, [topic]);
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('handles each event once, dead-letters poison with the reason, never loops', async () => {
    const handled: string[] = [];
    let flakyFailures = 0;
    const deadLetters = new MongoDeadLetterStore(connection);
    consumer = new EventConsumer({
      kafka,
      groupId,
      topics: [topic],
      processed: new MongoProcessedEventStore(connection),
      deadLetters,
      publisher,
      retryDelayMs: 20,
      maxAttempts: 3,
      handle: async (event) => {
        const taskId = (event.payload as { taskId: string }).taskId;
        if (taskId === 'poison') throw new PoisonEventError('task poison cannot exist');
        if (taskId === 'always-failing') throw new Error('Temporal is away');
        if (taskId === 'flaky' && flakyFailures++ < 2) throw new Error('transient');
        handled.push(event.eventId);
      },
    });
    await consumer.start();

    const ok = acknowledgedEvent('t1');
    const badPayload = { ...acknowledgedEvent('t2'), payload: { ...(acknowledgedEvent('t2').payload as object), revision: -1 } };
    const send = (key: string, value: string) => publisher.publish([{ topic, key, value }]);
    await send('t1', JSON.stringify(ok));
    await send('t1', JSON.stringify(ok)); // redelivered
    await send('x', '{not json');
    await send('t2', JSON.stringify(badPayload));
    await send('poison', JSON.stringify(acknowledgedEvent('poison')));
    await send('always-failing', JSON.stringify(acknowledgedEvent('always-failing')));
    await send('flaky', JSON.stringify(acknowledgedEvent('flaky')));
    await send('t3', JSON.stringify(acknowledgedEvent('t3')));

    const letters = await eventually(
      () => deadLetters.list({ consumer: groupId }),
      (l) => l.length === 4,
      60_000,
      'four dead letters',
    );
    await eventually(
      () => handled.length,
      (n) => n === 3,
      60_000,
      'three handled events',
    );
    expect(handled.sort()).toEqual([ok.eventId, acknowledgedEvent('flaky').eventId, acknowledgedEvent('t3').eventId].sort());

    const reasons = letters.map((l) => l.reason).sort();
    expect(reasons).toEqual(
      [
        'handler failed 3 times: Temporal is away',
        'invalid event: event',
        'invalid event: event task.acknowledged',
        'rejected by handler: task poison cannot exist',
      ].sort(),
    );
    expect(letters.find((l) => l.reason === 'invalid event: event')?.problems[0]).toMatch(/^not JSON/);
    expect(letters.find((l) => l.reason.includes('task.acknowledged'))?.problems.join()).toContain('payload.revision');
    expect(letters.find((l) => l.original === '{not json')).toBeDefined();

    // The same letters are on the dead-letter topic, for tools that watch it.
    const onTopic = await eventually(
      () => deadLetterProbe.records.map((r) => JSON.parse(r.value) as { consumer: string }).filter((l) => l.consumer === groupId),
      (l) => l.length === 4,
      60_000,
      'four letters on the dead-letter topic',
    );
    expect(onTopic).toHaveLength(4);
  });

  it('handles different keys of one partition at once, and each key in its order', async () => {
    const oneTopic = uniqueName('keyed');
    await createTopic(kafka, oneTopic, 1);
    const seen = new Map<string, number[]>();
    let inFlight = 0;
    let mostAtOnce = 0;
    const keyed = new EventConsumer({
      kafka,
      groupId: uniqueName('keyed'),
      topics: [oneTopic],
      deadLetters: new MongoDeadLetterStore(connection),
      publisher,
      handle: async (event) => {
        const { taskId, revision } = event.payload as { taskId: string; revision: number };
        inFlight++;
        mostAtOnce = Math.max(mostAtOnce, inFlight);
        await new Promise((r) => setTimeout(r, 20 + ((revision * 7) % 5) * 10)); // uneven handling times
        seen.set(taskId, [...(seen.get(taskId) ?? []), revision]);
        inFlight--;
      },
    });
    try {
      // All in one partition, keys interleaved: k0 r1, k1 r1, …, k3 r6.
      const messages = [];
      for (let revision = 1; revision <= 6; revision++) {
        for (let k = 0; k < 4; k++)
          messages.push({ topic: oneTopic, key: `k${k}`, value: JSON.stringify(acknowledgedEvent(`k${k}`, revision)) });
      }
      await publisher.publish(messages);
      await keyed.start();
      await eventually(
        () => [...seen.values()].reduce((n, l) => n + l.length, 0),
        (n) => n === 24,
        60_000,
        'all 24 events',
      );
      for (let k = 0; k < 4; k++) expect(seen.get(`k${k}`)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(mostAtOnce).toBeGreaterThan(1);
      expect(mostAtOnce).toBeLessThanOrEqual(4); // never two of one key at once
    } finally {
      await keyed.stop();
      await deleteTopics(kafka, [oneTopic]);
    }
  });
});
