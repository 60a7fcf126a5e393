// Repositories against the real MongoDB-wire server (FerretDB locally): the single-document
// issue with its outbox, revision-guarded projections, idempotent notices and event ids.
import type { DirectiveDraft } from '@dondoc/contracts';
import type { OrgChartSeed } from '@dondoc/domain';
import {
  connectMongo,
  DirectiveNumberTakenError,
  DirectiveRepository,
  InboxRepository,
  MongoProcessedEventStore,
  OrgChartStore,
  TaskReadModelRepository,
  noticeKey,
} from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import type { Connection } from 'mongoose';
import * as fs from 'node:fs';
import * as path from 'node:path';

jest.setTimeout(60_000);

const actor = { userId: 'van-phong-ubnd-tinh.vanthu', role: 'issuer' as const, unitId: 'van-phong-ubnd-tinh' };
const draft: DirectiveDraft = {
  number: '907/UBND-NV',
  date: '2022-01-25',
  subject: 'Tăng cường kỷ luật, kỷ cương hành chính',
  issuerUnitId: 'ubnd-tinh',
  tasks: [{ itemRef: '1', text: 'Quán triệt', leadUnitIds: ['so-noi-vu'], supportUnitIds: [], deadline: null }],
};

describe('persistence on the MongoDB-wire server', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('persist').replace(/-/g, '_')) });
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('issues a draft with its outbox in one conditional write, once', async () => {
    const repo = new DirectiveRepository(connection);
    await repo.init();
    await repo.createDraft('d1', draft, actor, '2022-01-25T08:00:00+07:00');
    await expect(repo.createDraft('d2', draft, actor, '2022-01-25T08:00:00+07:00')).rejects.toBeInstanceOf(DirectiveNumberTakenError);

    const events = [1, 2, 3].map((i) => ({ eventId: `e${i}`, type: 'task.assigned', topic: 't', key: `k${i}`, value: `{"i":${i}}` }));
    const issued = await repo.issue('d1', {
      issuedBy: actor,
      issuedAt: '2022-01-25T09:00:00+07:00',
      assignments: [{ taskId: 'd1:1:so-noi-vu', itemRef: '1', leadUnitId: 'so-noi-vu' }],
      events,
    });
    expect(issued).toMatchObject({ status: 'issued', outboxCount: 3 });
    expect((await repo.outboxOf('d1')).map((e) => e.eventId)).toEqual(['e1', 'e2', 'e3']);
    // A second issue finds no draft and writes nothing.
    expect(await repo.issue('d1', { issuedBy: actor, issuedAt: 'x', assignments: [], events })).toBeNull();
    expect(await repo.outboxOf('d1')).toHaveLength(3);
    expect(await repo.outboxChunks.model.countDocuments({ directiveId: 'd1' })).toBe(1); // the loser deleted its chunk
    expect(await repo.list({ unitIds: ['so-noi-vu'] })).toHaveLength(1);
    expect(await repo.list({ unitIds: ['so-y-te'] })).toHaveLength(0);
  });

  it('projects a snapshot only when its revision is newer, whatever the order of arrival', async () => {
    const tasks = new TaskReadModelRepository(connection);
    await tasks.init();
    const snap = (revision: number, status: string) =>
      ({
        taskId: 'task-a',
        directiveId: 'd1',
        directiveNumber: 'n',
        itemRef: '1',
        leadUnitId: 'so-noi-vu',
        supportUnitIds: [],
        status,
        overdue: false,
        escalationLevel: 0,
        dueAt: null,
        revision,
      }) as unknown as TaskSnapshot;
    expect(await tasks.project(snap(3, 'in_progress'))).toBe(true);
    expect(await tasks.project(snap(2, 'acknowledged'))).toBe(false);
    expect(await tasks.project(snap(3, 'in_progress'))).toBe(false);
    expect((await tasks.findById('task-a'))?.status).toBe('in_progress');
    expect(await tasks.project(snap(4, 'submitted'))).toBe(true);
    expect(await tasks.list({ unitIds: ['so-noi-vu'], status: 'submitted' })).toHaveLength(1);
  });

  it("reads a task's text alone, for a notice to quote", async () => {
    const tasks = new TaskReadModelRepository(connection);
    await tasks.init();
    const text = 'Rà soát, sắp xếp tổ chức bộ máy';
    await tasks.project({
      taskId: 'task-text',
      directiveId: 'd1',
      directiveNumber: 'n',
      itemRef: '1',
      leadUnitId: 'so-noi-vu',
      supportUnitIds: [],
      status: 'assigned',
      revision: 1,
      text,
    } as unknown as TaskSnapshot);
    expect(await tasks.textOf('task-text')).toBe(text);
    expect(await tasks.textOf('no-such-task')).toBeNull();
  });

  it("reads a directive's task rows by their ids, in batches, skipping tasks not projected yet", async () => {
    const tasks = new TaskReadModelRepository(connection);
    await tasks.init();
    const ids = Array.from({ length: 70 }, (_, i) => `batch-${i}`); // more than one batch of lookups
    for (const taskId of ids.filter((_, i) => i % 3 !== 0)) {
      await tasks.project({
        taskId,
        directiveId: 'd-batch',
        directiveNumber: 'n',
        itemRef: '1',
        leadUnitId: 'so-noi-vu',
        supportUnitIds: [],
        status: 'assigned',
        overdue: false,
        escalationLevel: 0,
        dueAt: null,
        revision: 1,
      } as unknown as TaskSnapshot);
    }
    const rows = await tasks.byTaskIds(ids);
    expect(rows.map((r) => r._id).sort()).toEqual(ids.filter((_, i) => i % 3 !== 0).sort());
    expect(await tasks.byTaskIds([])).toEqual([]);
  });

  it('keeps one notice per (task, trigger, level, recipient) and one mark per processed event', async () => {
    const inbox = new InboxRepository(connection);
    await inbox.init();
    const base = {
      recipientUserId: 'u1',
      recipientUnitId: 'so-noi-vu',
      recipientEmail: null,
      kind: 'escalation' as const,
      taskId: 't1',
      directiveId: 'd',
      directiveNumber: 'n',
      itemRef: '1',
      leadUnitId: 'so-noi-vu',
      trigger: 'due',
      level: 1,
      dueAt: null,
      daysOverdue: 0,
      subject: 's',
      body: 'b',
      link: 'l',
      eventId: 'e',
      createdAt: new Date().toISOString(),
      emailedAt: null,
      readAt: null,
    };
    const key = noticeKey(base);
    expect(await inbox.add({ ...base, idempotencyKey: key })).toBe(true);
    expect(await inbox.add({ ...base, idempotencyKey: key })).toBe(false);
    expect(await inbox.forRecipient({ userId: 'u1' })).toHaveLength(1);

    const processed = new MongoProcessedEventStore(connection);
    expect(await processed.has('c', 'e1')).toBe(false);
    await processed.mark('c', 'e1', 'task.assigned');
    await processed.mark('c', 'e1', 'task.assigned');
    expect(await processed.has('c', 'e1')).toBe(true);
    expect(await processed.has('other', 'e1')).toBe(false);
  });

  it('seeds the org chart and serves it as the workflow activities need it', async () => {
    const seed = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../../infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8'),
    ) as OrgChartSeed;
    const store = new OrgChartStore(connection, 0);
    await store.seed(seed);
    await store.seed(seed);
    const charts = await store.charts();
    expect(charts).toHaveLength(seed.charts.length);
    expect(charts[0].units.length).toBe(seed.charts[0].units.length);
    expect(charts[0].validTo).toBeNull();
    expect((await store.user('so-noi-vu.giamdoc'))?.email).toBe('so-noi-vu.giamdoc@example.gov.vn');
    expect(await store.usersOfUnit('so-noi-vu', 'unit-head')).toHaveLength(1);
  });
});
