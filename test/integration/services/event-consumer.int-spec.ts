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

    const letters = await eventually(() => deadLetters.list({ consumer: groupId }), (l) => l.length === 4, 60_000, 'four dead letters');
    await eventually(() => handled.length, (n) => n === 3, 60_000, 'three handled events');
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
});
