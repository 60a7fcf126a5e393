import type { OutgoingMessage } from '../event-publisher.port';
import type { OutboxBatch, OutboxStore } from './outbox.port';
import { OutboxRelay } from './outbox.relay';

// The relay's scheduling only: which aggregates go out, how many at once, in what order.
// The store and Kafka behind it are exercised for real in
// test/integration/services/outbox-relay.int-spec.ts.

/** Outboxes of N entries per aggregate, sent one entry per claim, each claim taking a turn of the event loop. */
function scriptedStore(outboxes: Record<string, number>, failing = new Set<string>()) {
  const sent: Record<string, number> = Object.fromEntries(Object.keys(outboxes).map((id) => [id, 0]));
  const released: string[] = [];
  const store: OutboxStore = {
    pendingAggregates: async () => Object.keys(outboxes).filter((id) => sent[id] < outboxes[id]),
    claimAggregate: async (_owner, _lease, aggregateId) => {
      await new Promise((r) => setImmediate(r));
      const from = sent[aggregateId];
      if (from >= outboxes[aggregateId]) return null;
      const topic = failing.has(aggregateId) ? 'broken' : 't';
      return { aggregateId, from, messages: [{ eventId: `${aggregateId}-${from}`, topic, key: aggregateId, value: String(from) }] };
    },
    markSent: async (batch: OutboxBatch) => {
      sent[batch.aggregateId] = batch.from + batch.messages.length;
      return true;
    },
    release: async (batch: OutboxBatch) => void released.push(batch.aggregateId),
  };
  return { store, sent, released };
}

function recordingPublisher() {
  const published: OutgoingMessage[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    published,
    get maxInFlight() {
      return maxInFlight;
    },
    publish: async (messages: OutgoingMessage[]) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight--;
      if (messages.some((m) => m.topic === 'broken')) throw new Error('broker refused');
      published.push(...messages);
    },
  };
}

describe('OutboxRelay', () => {
  it('sends several aggregates at once, never more than asked, each one in its own order', async () => {
    const { store } = scriptedStore({ a: 3, b: 3, c: 3, d: 3, e: 3 });
    const publisher = recordingPublisher();
    const relay = new OutboxRelay({ store, publisher, aggregatesAtOnce: 3 });

    expect(await relay.drain()).toBe(15);

    expect(publisher.maxInFlight).toBe(3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      expect(publisher.published.filter((m) => m.key === id).map((m) => m.value)).toEqual(['0', '1', '2']);
    }
  });

  it('sends one aggregate at a time when asked to', async () => {
    const { store } = scriptedStore({ a: 2, b: 2 });
    const publisher = recordingPublisher();
    expect(await new OutboxRelay({ store, publisher, aggregatesAtOnce: 1 }).drain()).toBe(4);
    expect(publisher.maxInFlight).toBe(1);
    expect(publisher.published.map((m) => m.key)).toEqual(['a', 'a', 'b', 'b']);
  });

  it('finishes the other aggregates when one fails, frees the failed lease, then reports the failure', async () => {
    const { store, sent, released } = scriptedStore({ a: 2, broken: 2, c: 2 }, new Set(['broken']));
    const publisher = recordingPublisher();
    const relay = new OutboxRelay({ store, publisher, aggregatesAtOnce: 2 });

    await expect(relay.drain()).rejects.toThrow('broker refused');

    expect(sent).toEqual({ a: 2, broken: 0, c: 2 });
    expect(released).toEqual(['broken']);
  });
});
