// The outbox relay against real MongoDB-wire and Kafka: everything issued reaches Kafka in
// order per key, nothing is dropped when a relay stops halfway, and two relays racing on
// the same outboxes do not double-send (leases).
import { KafkaEventPublisher, OutboxRelay } from '@dondoc/messaging';
import { connectMongo, DirectiveOutboxStore, DirectiveRepository } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection } from 'mongoose';
import { createTopic, deleteTopics, eventually, testKafka, TopicProbe } from './support/kafka-probe';

jest.setTimeout(120_000);

const actor = { userId: 'issuer', role: 'issuer' as const, unitId: 'van-phong-ubnd-tinh' };

describe('outbox relay', () => {
  const kafka = testKafka();
  const topic = uniqueName('outbox');
  let connection: Connection;
  let repo: DirectiveRepository;
  let probe: TopicProbe;
  const publisher = new KafkaEventPublisher(kafka);

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('outbox').replace(/-/g, '_')) });
    repo = new DirectiveRepository(connection);
    await repo.init();
    await createTopic(kafka, topic);
    probe = new TopicProbe(kafka, [topic]);
    await probe.start();
  });
  afterAll(async () => {
    await probe?.stop();
    await publisher.disconnect();
    await deleteTopics(kafka, [topic]);
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  async function issue(n: number, events: number): Promise<string[]> {
    const ids: string[] = [];
    for (let d = 0; d < n; d++) {
      const id = uniqueName('dir');
      await repo.createDraft(
        id,
        { number: id, date: '2022-01-25', subject: 's', issuerUnitId: 'ubnd-tinh', tasks: [] as never },
        actor,
        new Date().toISOString(),
      );
      const entries = Array.from({ length: events }, (_, i) => ({ eventId: `${id}#${i}`, type: 'x', topic, key: id, value: String(i) }));
      await repo.issue(id, { issuedBy: actor, issuedAt: new Date().toISOString(), assignments: [], events: entries });
      ids.push(...entries.map((e) => e.eventId));
    }
    return ids;
  }

  it('drains every outbox, in order per aggregate, with two relays and a restart, none lost, none doubled', async () => {
    const store = new DirectiveOutboxStore(repo);
    const expected = await issue(12, 5);

    // One relay drains a single batch and "crashes" (never started its loop).
    const first = new OutboxRelay({ store, publisher, owner: 'crashing' });
    const batch = await store.claim(first.owner, 60_000);
    if (!batch) throw new Error('expected a batch to claim');
    // ...its lease is held: the others skip that aggregate until it expires or is released.
    await store.release(batch, first.owner);

    const relays = [new OutboxRelay({ store, publisher, pollMs: 50 }), new OutboxRelay({ store, publisher, pollMs: 50 })];
    relays.forEach((r) => r.start());
    await eventually(
      () => store.pendingCount(),
      (n) => n === 0,
      60_000,
      'the outbox to drain',
    );
    await eventually(
      () => probe.records.length,
      (n) => n >= expected.length,
      60_000,
      'all records on Kafka',
    );
    await Promise.all(relays.map((r) => r.stop()));
    await new Promise((r) => setTimeout(r, 1000)); // let any late duplicate arrive before counting

    const values = probe.records.map((r) => `${r.key}#${r.value}`);
    expect(new Set(values)).toEqual(new Set(expected));
    expect(values).toHaveLength(expected.length); // leases: nobody sent twice
    for (const key of new Set(probe.records.map((r) => r.key))) {
      const seq = probe.records.filter((r) => r.key === key).map((r) => Number(r.value));
      expect(seq).toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('resends after a relay died between publishing and marking (at least once, consumers dedupe)', async () => {
    const store = new DirectiveOutboxStore(repo);
    const before = probe.records.length;
    await issue(1, 2);
    const batch = await store.claim('dies-after-send', 1);
    if (!batch) throw new Error('expected a batch to claim');
    await publisher.publish(batch.messages.map(({ eventId: _e, ...m }) => m)); // sent, never marked
    await new Promise((r) => setTimeout(r, 5)); // its 1 ms lease is over
    const relay = new OutboxRelay({ store, publisher });
    expect(await relay.drain()).toBe(2);
    expect(await store.markSent(batch, 'dies-after-send')).toBe(false); // the dead relay's late mark is refused
    expect(await store.pendingCount()).toBe(0);
    await eventually(
      () => probe.records.length - before,
      (n) => n === 4,
      30_000,
      'the re-sent records',
    );
  });

  it('sends a poked aggregate at once and leaves the rest to the periodic scan', async () => {
    const store = new DirectiveOutboxStore(repo);
    const relay = new OutboxRelay({ store, publisher, pollMs: 20, scanMs: 3_600_000 });
    relay.start(); // its first pass scans (nothing is pending), the next scan is an hour away
    try {
      await eventually(
        () => store.pendingCount(),
        (n) => n === 0,
        30_000,
        'nothing pending',
      );
      await new Promise((r) => setTimeout(r, 100));
      const before = probe.records.length;
      const [quiet] = (await issue(1, 1)).map((e) => e.split('#')[0]);
      const [poked] = (await issue(1, 2)).map((e) => e.split('#')[0]);
      relay.poke(poked);
      await eventually(
        () => probe.records.filter((r) => r.key === poked).length,
        (n) => n === 2,
        30_000,
        'the poked events',
      );
      expect(probe.records.filter((r) => r.key === quiet)).toHaveLength(0);
      expect((await store.pending()).get(quiet)).toEqual({ count: 1, sent: 0 });
      relay.poke(); // no id: scan now
      await eventually(
        () => probe.records.filter((r) => r.key === quiet).length,
        (n) => n === 1,
        30_000,
        'the scanned event',
      );
      expect(probe.records.length - before).toBe(3);
      // Both outbox marks are cleared once nothing is left to send.
      await eventually(
        () => repo.outboxMarks.countDocuments({ _id: { $in: [quiet, poked] } }),
        (n) => n === 0,
        30_000,
        'the outbox marks cleared',
      );
    } finally {
      await relay.stop();
    }
  });
});
