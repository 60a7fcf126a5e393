// Issue 18, FANOUT: a national directive (the seed letter's 6 items × 3,321 generated
// communes = 19,926 tasks, ~37 MB of events) is issued through the real repository on the
// real store and relayed to real Kafka. Three concurrent issues: exactly one wins, the
// losers leave no chunk, and exactly one directive.issued and one task.assigned per task
// reach Kafka. A directive whose assignments alone pass the document limit is refused
// before any write.
import { parseEvent, topicsFor } from '@dondoc/contracts';
import { KafkaEventPublisher, OutboxRelay } from '@dondoc/messaging';
import { connectMongo, DirectiveOutboxStore, DirectiveRepository, DirectiveTooLargeError } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection } from 'mongoose';
/* eslint-disable @nx/enforce-module-boundaries -- the API's own issue factory builds the events, as the STORE bench's fixture does */
import { directiveIdOf } from '@dondoc/domain';
import { buildIssue, buildWithdrawal } from '../../../apps/directive-api/src/directives/directive-issue.factory';
import { nationalDirectiveDraft } from '../../../apps/directive-api/src/seed/national-directive';
import { createTopic, deleteTopics, eventually, testKafka, TopicProbe } from './support/kafka-probe';

jest.setTimeout(600_000);

const actor = { userId: 'issuer', role: 'issuer' as const, unitId: 'van-phong-ubnd-tinh' };
const COMMUNES = 3321;

describe('issuing a national directive (~20,000 tasks)', () => {
  const kafka = testKafka();
  const topics = topicsFor(uniqueName('national'));
  let connection: Connection;
  let repo: DirectiveRepository;
  let probe: TopicProbe;
  const publisher = new KafkaEventPublisher(kafka);

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('national').replace(/-/g, '_')) });
    repo = new DirectiveRepository(connection);
    await repo.init();
    await createTopic(kafka, topics.directiveEvents);
    await createTopic(kafka, topics.taskEvents, 6);
    probe = new TopicProbe(kafka, [topics.directiveEvents, topics.taskEvents]);
    await probe.start();
  });
  afterAll(async () => {
    await probe?.stop();
    await publisher.disconnect();
    await deleteTopics(kafka, [topics.directiveEvents, topics.taskEvents]);
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('has one winner of three concurrent issues, and relays its 19,927 events exactly once', async () => {
    const draft = nationalDirectiveDraft(COMMUNES, `${uniqueName('QG')}/TTg`);
    const id = directiveIdOf(draft.number, draft.date);
    const directive = await repo.createDraft(id, draft, actor, new Date().toISOString());
    const at = (i: number) => new Date(Date.UTC(2026, 11, 5, 8, 0, i)).toISOString();
    const attempts = [0, 1, 2].map((i) => ({ at: at(i), ...buildIssue(directive, actor, at(i), topics) }));
    expect(attempts[0].assignments).toHaveLength(19_926);

    const started = Date.now();
    const results = await Promise.all(
      attempts.map((a) => repo.issue(id, { issuedBy: actor, issuedAt: a.at, assignments: a.assignments, events: a.events })),
    );
    const issueMs = Date.now() - started;
    const winners = results.filter((r) => r !== null);
    expect(winners).toHaveLength(1);
    const winner = winners[0];
    if (!winner?.outboxChunks) throw new Error('expected the winner to name its outbox chunks');
    expect(winner.assignments).toHaveLength(19_926);
    expect(winner.outboxCount).toBe(19_927);
    // Only the winner's chunks are left: the losers deleted theirs.
    const chunks = await repo.outboxChunks.model.find({ directiveId: id }, { issueId: 1 }).lean<{ issueId: string }[]>();
    expect(chunks.length).toBe(winner.outboxChunks.sizes.length);
    expect(new Set(chunks.map((c) => c.issueId))).toEqual(new Set([winner.outboxChunks.issueId]));

    const relayStarted = Date.now();
    const sent = await new OutboxRelay({ store: new DirectiveOutboxStore(repo), publisher }).drain();
    const relayMs = Date.now() - relayStarted;
    expect(sent).toBe(19_927);
    await eventually(
      () => probe.records.length,
      (n) => n >= 19_927,
      240_000,
      'all 19,927 records on Kafka',
    );
    await new Promise((r) => setTimeout(r, 1_000)); // let any duplicate arrive before counting

    const events = probe.records.map((r) => parseEvent(r.value));
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length); // none doubled
    const issued = events.filter((e) => e.type === 'directive.issued');
    expect(issued).toHaveLength(1);
    expect(issued[0].occurredAt).toBe(winner.issuedAt); // the winner's facts, not a loser's
    expect(issued[0].payload).toMatchObject({ directiveId: id, taskCount: 19_926 });
    const assigned = events.filter((e) => e.type === 'task.assigned').map((e) => (e.payload as { taskId: string }).taskId);
    expect(assigned.sort()).toEqual(winner.assignments.map((a) => a.taskId).sort());
    expect(await new DirectiveOutboxStore(repo).pendingCount()).toBe(0);
    process.stdout.write(
      `\nnational issue: 3 concurrent issues of 19,926 tasks in ${issueMs} ms; relay ${relayMs} ms for 19,927 events in ${winner.outboxChunks.sizes.length} chunks\n`,
    );

    // Withdrawn: one small event with the count; the orchestrator reads the ids from the assignments.
    const withdrawnAt = new Date().toISOString();
    expect(
      await repo.withdraw(id, {
        at: withdrawnAt,
        by: actor,
        reason: 'Thay thế',
        events: buildWithdrawal(winner, actor, 'Thay thế', withdrawnAt, topics),
      }),
    ).not.toBeNull();
    expect(await new OutboxRelay({ store: new DirectiveOutboxStore(repo), publisher }).drain()).toBe(1);
    const withdrawn = await eventually(
      () =>
        probe.records
          .map((r) => ({ bytes: r.value.length, event: parseEvent(r.value) }))
          .filter((r) => r.event.type === 'directive.withdrawn'),
      (found) => found.length >= 1,
      60_000,
      'directive.withdrawn on Kafka',
    );
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0].event.payload).toMatchObject({ directiveId: id, taskCount: 19_926 });
    expect(withdrawn[0].event.payload).not.toHaveProperty('taskIds');
    expect(withdrawn[0].bytes).toBeLessThan(2_000);
    expect((await repo.taskIdsOf(id)).sort()).toEqual(winner.assignments.map((a) => a.taskId).sort());
  });

  it('refuses, before any write, a directive whose assignments alone pass the document limit', async () => {
    const id = uniqueName('too-large');
    await repo.createDraft(
      id,
      { number: id, date: '2026-12-05', subject: 's', issuerUnitId: 'ubnd-tinh', tasks: [] as never },
      actor,
      new Date().toISOString(),
    );
    const assignments = Array.from({ length: 200_000 }, (_, i) => ({
      taskId: `${id}.1.xa-${String(i).padStart(6, '0')}-tinh-${i % 34}`,
      itemRef: '1',
      leadUnitId: `xa-${String(i).padStart(6, '0')}-tinh-${i % 34}`,
    }));
    const events = [{ eventId: 'e', type: 'directive.issued', topic: topics.directiveEvents, key: id, value: '{}' }];
    await expect(repo.issue(id, { issuedBy: actor, issuedAt: new Date().toISOString(), assignments, events })).rejects.toBeInstanceOf(
      DirectiveTooLargeError,
    );
    expect((await repo.statusOf(id))?.status).toBe('draft');
    expect(await repo.outboxChunks.model.countDocuments({ directiveId: id })).toBe(0);
    expect(await repo.outboxMarks.exists({ _id: id })).toBeNull();
  });
});
