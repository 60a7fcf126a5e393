// Redelivery on the real servers with real processes: every task fact delivered again,
// twice and in reverse order, plus poison, changes nothing (one workflow per task, one
// notice and one mail per escalation, same read model); poison is dead-lettered by each
// consumer with its reason; withdrawing the directive cancels its tasks.
import { topicsFor } from '@dondoc/contracts';
import { connectMongo, MongoDeadLetterStore, type InboxNotice } from '@dondoc/persistence';
import { createKafkaClient, KafkaEventPublisher } from '@dondoc/messaging';
import { connectTemporalClient } from '@dondoc/temporal';
import { servers, uniqueName } from '@dondoc/testing';
import { taskWorkflowId, type TaskSnapshot } from '@dondoc/task-follow-up';
import { TopicProbe } from '../integration/services/support/kafka-probe';
import { DondocStack, eventually } from './support/dondoc-stack';

jest.setTimeout(300_000);

describe('redelivered, reordered and poison events', () => {
  let stack: DondocStack;
  let probe: TopicProbe;
  const kafka = createKafkaClient({ brokers: servers.kafkaBrokers, clientId: uniqueName('e2e-replay'), logLevel: 'error' });
  const publisher = new KafkaEventPublisher(kafka);

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-replay');
    probe = new TopicProbe(kafka, [topicsFor(stack.env.KAFKA_TOPIC_PREFIX).taskEvents]);
    await probe.start();
  });
  afterAll(async () => {
    await probe?.stop();
    await publisher.disconnect();
    await stack?.stop();
  });

  it('changes nothing when facts arrive again, out of order; dead-letters poison; cancels on withdrawal', async () => {
    const topics = topicsFor(stack.env.KAFKA_TOPIC_PREFIX);
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const head = await stack.token('unit-head', 'so-noi-vu', 'so-noi-vu.giamdoc');
    const admin = await stack.token('admin', 'so-thong-tin-truyen-thong');
    const draft = await stack.call<{ id: string }>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number: `${uniqueName('RPL')}/UBND-NV`,
        date: new Date().toISOString().slice(0, 10),
        subject: 'Thử nghiệm giao lại sự kiện',
        issuerUnitId: 'ubnd-tinh',
        tasks: [
          {
            itemRef: '1',
            text: 'Nhiệm vụ thử nghiệm',
            leadUnitIds: ['so-noi-vu'],
            deadline: { at: new Date(Date.now() + 3_600_000).toISOString() },
            acknowledgeWithin: { ms: 8_000 },
            escalation: { levels: 1, delay: { ms: 60_000 } },
          },
        ],
      },
    });
    const issued = await stack.call<{ assignments: { taskId: string }[] }>('POST', `/v1/directives/${draft.body.id}/issue`, {
      token: issuer,
    });
    const taskId = issued.body.assignments[0].taskId;
    const levelOne = (n: InboxNotice[]) => n.filter((x) => x.taskId === taskId && x.kind === 'escalation' && x.level === 1);
    await eventually(
      () => stack.call<InboxNotice[]>('GET', '/v1/inbox', { token: head }),
      (r) => levelOne(r.body).length === 1,
      90_000,
      'the level-1 notice',
    );
    const before = await stack.call<TaskSnapshot>('GET', `/v1/tasks/${encodeURIComponent(taskId)}`, { token: admin });
    const facts = await eventually(
      () => Promise.resolve(probe.records.filter((r) => r.key === taskId)),
      (r) => r.some((x) => x.value.includes('"task.escalated"')),
      30_000,
      'the facts on Kafka',
    );

    // Everything again, twice, newest first, then poison, then a fresh sentinel on the same key (same partition).
    const replay = [...facts].reverse().map((r) => ({ topic: r.topic, key: taskId, value: r.value }));
    await publisher.publish([...replay, ...replay, { topic: topics.taskEvents, key: taskId, value: '{"eventId":"broken"' }]);
    const escalated = JSON.parse(facts.find((r) => r.value.includes('"task.escalated"'))?.value ?? '{}');
    const sentinel = { ...escalated, eventId: `${escalated.eventId}:sentinel`, payload: { ...escalated.payload, trigger: 'due' } };
    await publisher.publish([{ topic: topics.taskEvents, key: taskId, value: JSON.stringify(sentinel) }]);
    const after = await eventually(
      () => stack.call<InboxNotice[]>('GET', '/v1/inbox', { token: head }),
      (r) => r.body.some((n) => n.taskId === taskId && n.trigger === 'due'),
      60_000,
      'the sentinel notice (all replays before it are handled)',
    );
    expect(levelOne(after.body).filter((n) => n.trigger === 'ack')).toHaveLength(1);
    const mails = await stack.mails();
    expect(mails.filter((m) => m.noticeKey === `${taskId}|escalation|ack|1|so-noi-vu.giamdoc`)).toHaveLength(1);
    const now = await stack.call<TaskSnapshot>('GET', `/v1/tasks/${encodeURIComponent(taskId)}`, { token: admin });
    expect(now.body.revision).toBe(before.body.revision);

    // One workflow execution for the task, however often task.assigned arrived.
    const temporal = await connectTemporalClient({ address: servers.temporalAddress, namespace: servers.temporalNamespace });
    try {
      const runs = [];
      for await (const e of temporal.workflow.list({ query: `WorkflowId = '${taskWorkflowId(taskId)}'` })) runs.push(e);
      expect(runs).toHaveLength(1);
    } finally {
      await temporal.connection.close();
    }

    // Each consumer dead-lettered the poison once, with the reason, and moved on.
    const connection = await connectMongo({ uri: stack.env.MONGODB_URI });
    try {
      const letters = await eventually(
        () => new MongoDeadLetterStore(connection).list(),
        (l) => l.length >= 2,
        30_000,
        'dead letters',
      );
      expect(letters.map((l) => l.consumer).sort()).toEqual([stack.env.NOTIFIER_GROUP_ID, stack.env.ORCHESTRATOR_GROUP_ID].sort());
      for (const l of letters) expect(l.problems[0]).toMatch(/^not JSON/);
    } finally {
      await connection.close();
    }

    // Withdrawal cancels the follow-up.
    const withdrawn = await stack.call('POST', `/v1/directives/${draft.body.id}/withdraw`, {
      token: issuer,
      body: { reason: 'Thay bằng văn bản khác' },
    });
    expect(withdrawn.status).toBe(200);
    await eventually(
      () => stack.call<TaskSnapshot>('GET', `/v1/tasks/${encodeURIComponent(taskId)}`, { token: admin }),
      (r) => r.body.status === 'cancelled',
      60_000,
      'the task to be cancelled',
    );
  });

  it('projects monthly evaluations and year-end grades into the unit × month matrix, once per task and period', async () => {
    const topics = topicsFor(stack.env.KAFKA_TOPIC_PREFIX);
    const ref = {
      taskId: 'eval-task',
      directiveId: 'eval-d',
      directiveNumber: '907/UBND-NV',
      itemRef: '3',
      leadUnitId: 'so-noi-vu',
      revision: 5,
      status: 'acknowledged',
    };
    const envelope = (type: string, eventId: string, payload: object) => ({
      eventId,
      type,
      schemaVersion: 1,
      occurredAt: '2022-03-31T17:00:00.000Z',
      correlationId: 'directive:eval-d',
      causationId: null,
      key: 'eval-task',
      payload: { ...ref, ...payload },
    });
    const evaluated = (period: string, result: string) =>
      envelope('task.evaluated', `task:eval-task:close:${period}:task.evaluated`, {
        period,
        result,
        note: `Kỳ ${period}`,
        ruleId: 'nd90-share/1',
        at: '2022-03-31T17:00:00.000Z',
      });
    const graded = envelope('unit.graded', 'task:eval-task:graded:2022:unit.graded', {
      unitId: 'so-noi-vu',
      year: 2022,
      grade: 'good',
      gradeLabel: 'Hoàn thành tốt',
      ruleId: 'nd90-share/1',
      score: 0.9,
      at: '2023-01-01T00:00:00.000Z',
    });
    const messages = [evaluated('2022-02', 'on_time'), evaluated('2022-03', 'late'), evaluated('2022-03', 'late'), graded].map((e) => ({
      topic: topics.taskEvents,
      key: 'eval-task',
      value: JSON.stringify(e),
    }));
    await publisher.publish(messages);

    const head = await stack.token('unit-head', 'so-noi-vu', 'so-noi-vu.giamdoc');
    const march = await eventually(
      () => stack.call<{ cells: { taskId: string; result: string }[] }>('GET', '/v1/evaluations?period=2022-03', { token: head }),
      (r) => r.body.cells?.length === 1,
      60_000,
      'the March cell',
    );
    expect(march.body.cells[0]).toMatchObject({ taskId: 'eval-task', result: 'late' });
    const year = await eventually(
      () =>
        stack.call<{ grades: { grade: string }[]; months: { period: string }[] }>('GET', '/v1/evaluations?year=2022&unitId=so-noi-vu', {
          token: head,
        }),
      (r) => r.body.grades?.length === 1,
      60_000,
      'the 2022 grade',
    );
    expect(year.body.grades[0].grade).toBe('good');
    expect(year.body.months.map((m) => m.period)).toEqual(['2022-02', '2022-03']);
    // A unit outside the caller's scope is refused; an evaluation notice went to the unit head.
    expect((await stack.call('GET', '/v1/evaluations?year=2022&unitId=so-y-te', { token: head })).status).toBe(403);
    const inbox = await stack.call<InboxNotice[]>('GET', '/v1/inbox', { token: head });
    expect(
      inbox.body
        .filter((n) => n.taskId === 'eval-task' && n.kind === 'evaluation')
        .map((n) => n.trigger)
        .sort(),
    ).toEqual(['period:2022-02', 'period:2022-03']);
  });
});
