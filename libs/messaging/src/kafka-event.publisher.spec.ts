import type { Kafka, ProducerBatch } from 'kafkajs';
import type { OutgoingMessage } from './event-publisher.port';
import { KafkaEventPublisher } from './kafka-event.publisher';

// The publisher's grouping only: calls made while a request is in flight go out together,
// in order. The broker itself is exercised in test/integration/foundation/kafka.int-spec.ts.

/** A producer whose requests finish when the test says so (or fail when `failNext` is set). */
function scriptedKafka() {
  const requests: ProducerBatch[] = [];
  const finish: (() => void)[] = [];
  let failNext = false;
  const producer = {
    connect: async () => undefined,
    disconnect: async () => undefined,
    sendBatch: (batch: ProducerBatch) => {
      requests.push(batch);
      const fail = failNext;
      failNext = false;
      return new Promise((resolve, reject) => finish.push(() => (fail ? reject(new Error('broker said no')) : resolve([]))));
    },
  };
  const kafka = { producer: () => producer } as unknown as Kafka;
  return {
    kafka,
    requests,
    /** Lets the oldest unfinished request finish, then lets the publisher react. */
    async complete() {
      finish.shift()?.();
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    },
    failNextRequest() {
      failNext = true;
    },
  };
}

const message = (key: string, value: string, topic = 't'): OutgoingMessage => ({ topic, key, value });
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
};
const sent = (batch: ProducerBatch) => (batch.topicMessages ?? []).flatMap((t) => t.messages.map((m) => `${t.topic}:${m.key}:${m.value}`));

describe('KafkaEventPublisher', () => {
  it('sends a call alone at once, and the calls made meanwhile together in one request, in their order', async () => {
    const k = scriptedKafka();
    const publisher = new KafkaEventPublisher(k.kafka);
    const done: string[] = [];
    const first = publisher.publish([message('a', '1')]).then(() => done.push('first'));
    await settle();
    expect(k.requests).toHaveLength(1);

    const second = publisher.publish([message('b', '1'), message('a', '2')]).then(() => done.push('second'));
    const third = publisher.publish([message('a', '3', 'u')]).then(() => done.push('third'));
    await settle();
    expect(k.requests).toHaveLength(1); // one request in flight

    await k.complete();
    expect(done).toEqual(['first']);
    expect(k.requests).toHaveLength(2);
    expect(sent(k.requests[1])).toEqual(['t:b:1', 't:a:2', 'u:a:3']);

    await k.complete();
    await Promise.all([first, second, third]);
    expect(done).toEqual(['first', 'second', 'third']);
  });

  it('fails every call of a request that fails, and sends the next calls afterwards', async () => {
    const k = scriptedKafka();
    const publisher = new KafkaEventPublisher(k.kafka);
    const blocker = publisher.publish([message('x', '0')]);
    await settle();
    k.failNextRequest();
    const a = publisher.publish([message('a', '1')]);
    const b = publisher.publish([message('b', '1')]);
    const outcomes = Promise.allSettled([a, b]);
    await k.complete(); // the blocker succeeds; a and b go out together and fail
    await k.complete();
    expect((await outcomes).map((o) => o.status)).toEqual(['rejected', 'rejected']);
    await blocker;

    const c = publisher.publish([message('c', '1')]);
    await settle();
    await k.complete();
    await c;
    expect(sent(k.requests[2])).toEqual(['t:c:1']);
  });

  it('does not group past its bounds: a large call goes alone, as given', async () => {
    const k = scriptedKafka();
    const publisher = new KafkaEventPublisher(k.kafka);
    const blocker = publisher.publish([message('x', '0')]);
    await settle();
    const big = Array.from({ length: 600 }, (_, i) => message(`k${i}`, 'v'));
    const calls = [publisher.publish([message('a', '1')]), publisher.publish(big), publisher.publish([message('b', '1')])];
    for (let i = 0; i < 4; i++) await k.complete();
    await Promise.all([blocker, ...calls]);
    expect(k.requests.map((r) => sent(r).length)).toEqual([1, 1, 600, 1]);
  });
});
