// Issue and withdraw are exactly-once under concurrency, through the real HTTP API on the
// real store: ten concurrent issues of one draft give one 200, nine 409 with the reason and
// no 5xx, and exactly one directive.issued and one task.assigned per task reach Kafka;
// the same for ten concurrent withdrawals. It stands on the store's "exactly one winner of
// a conditional write" (test/integration/store/store-conformance.int-spec.ts).
import { topicsFor } from '@dondoc/contracts';
import { createKafkaClient } from '@dondoc/messaging';
import { servers, uniqueName } from '@dondoc/testing';
import { TopicProbe } from '../integration/services/support/kafka-probe';
import { DondocStack, eventually } from './support/dondoc-stack';

jest.setTimeout(180_000);

interface Issued {
  issuedAt: string;
  assignments: { taskId: string }[];
}

describe('concurrent issue and withdraw of one directive', () => {
  let stack: DondocStack;
  let probe: TopicProbe;
  const kafka = createKafkaClient({ brokers: servers.kafkaBrokers, clientId: uniqueName('e2e-concurrent'), logLevel: 'error' });

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-concurrent', ['directive-api']);
    const topics = topicsFor(stack.env.KAFKA_TOPIC_PREFIX);
    probe = new TopicProbe(kafka, [topics.directiveEvents, topics.taskEvents]);
    await probe.start();
  });
  afterAll(async () => {
    await probe?.stop();
    await stack?.stop();
  });

  const eventsOfType = (type: string, directiveOrTask: (payload: Record<string, unknown>) => boolean) =>
    probe.records
      .map((r) => JSON.parse(r.value) as { type: string; payload: Record<string, unknown> })
      .filter((e) => e.type === type && directiveOrTask(e.payload));

  it('has exactly one winner of ten concurrent issues, and of ten concurrent withdrawals', async () => {
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const draft = await stack.call<{ id: string }>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number: `${uniqueName('CC')}/UBND-NV`,
        date: new Date().toISOString().slice(0, 10),
        subject: 'Thử nghiệm ban hành đồng thời',
        issuerUnitId: 'ubnd-tinh',
        tasks: [
          {
            itemRef: '1',
            text: 'Nhiệm vụ thử nghiệm',
            leadUnitIds: ['so-noi-vu', 'so-tu-phap', 'so-tai-chinh'],
            deadline: { at: new Date(Date.now() + 30 * 86_400_000).toISOString() },
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    const id = draft.body.id;

    const issues = await Promise.all(
      Array.from({ length: 10 }, () => stack.call<Issued & { message?: string }>('POST', `/v1/directives/${id}/issue`, { token: issuer })),
    );
    const statuses = issues.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array.from({ length: 9 }, () => 409)]);
    for (const refused of issues.filter((r) => r.status === 409)) expect(JSON.stringify(refused.body)).toMatch(/ban hành/);
    const winner = issues.find((r) => r.status === 200)?.body as Issued;
    const taskIds = winner.assignments.map((a) => a.taskId);
    expect(taskIds).toHaveLength(3);
    // Every later reader sees the winner's instant, not a loser's.
    const stored = await stack.call<Issued>('GET', `/v1/directives/${id}`, { token: issuer });
    expect(stored.body.issuedAt).toBe(winner.issuedAt);

    const ofThisDirective = (p: Record<string, unknown>) => p.directiveId === id;
    await eventually(
      () => Promise.resolve(eventsOfType('task.assigned', ofThisDirective)),
      (e) => e.length >= 3,
      60_000,
      'the task.assigned events',
    );

    const withdrawals = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        stack.call('POST', `/v1/directives/${id}/withdraw`, { token: issuer, body: { reason: `Thu hồi thử nghiệm ${i}` } }),
      ),
    );
    expect(withdrawals.map((r) => r.status).sort()).toEqual([200, ...Array.from({ length: 9 }, () => 409)]);
    await eventually(
      () => Promise.resolve(eventsOfType('directive.withdrawn', ofThisDirective)),
      (e) => e.length >= 1,
      60_000,
      'the directive.withdrawn event',
    );

    // Let the relay run a few more passes: nothing more may appear.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(eventsOfType('directive.issued', ofThisDirective)).toHaveLength(1);
    expect(eventsOfType('directive.issued', ofThisDirective)[0].payload.at).toBe(winner.issuedAt);
    expect(
      eventsOfType('task.assigned', ofThisDirective)
        .map((e) => e.payload.taskId)
        .sort(),
    ).toEqual([...taskIds].sort());
    expect(eventsOfType('directive.withdrawn', ofThisDirective)).toHaveLength(1);
  });
});
