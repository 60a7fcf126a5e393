// The lists' search, sort, count and the inbox's read marks on the real MongoDB-wire server:
// a search typed with or without diacritics finds the same rows, counts match the filter,
// pages follow the order asked for, and a notice is marked read only within its audience.
import type { DirectiveDraft } from '@dondoc/contracts';
import { connectMongo, DirectiveRepository, InboxRepository, TaskReadModelRepository, type InboxNotice } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import type { Connection } from 'mongoose';

jest.setTimeout(60_000);

const actor = { userId: 'van-phong-ubnd-tinh.vanthu', role: 'issuer' as const, unitId: 'van-phong-ubnd-tinh' };

describe('search, sort, count and read marks on the MongoDB-wire server', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('search').replace(/-/g, '_')) });
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('finds tasks by their text with or without diacritics, counts them and pages them in the order asked', async () => {
    const tasks = new TaskReadModelRepository(connection);
    await tasks.init();
    const texts = ['Rà soát thủ tục hành chính', 'Đẩy mạnh cải cách hành chính', 'Báo cáo kết quả thực hiện'];
    for (const [i, text] of texts.entries()) {
      await tasks.project({
        taskId: `t${i}`,
        directiveId: 'd1',
        directiveNumber: '12/UBND-NV',
        itemRef: String(i + 1),
        text,
        leadUnitId: i === 2 ? 'so-y-te' : 'so-noi-vu',
        supportUnitIds: [],
        status: 'assigned',
        overdue: false,
        escalationLevel: 0,
        dueAt: `2030-01-0${3 - i}T10:00:00.000Z`,
        revision: 1,
      } as unknown as TaskSnapshot);
    }
    for (const q of ['hành chính', 'hanh chinh', 'HÀNH CHINH']) {
      expect((await tasks.list({ search: q })).map((r) => r._id)).toEqual(['t0', 't1']);
      expect(await tasks.count({ search: q })).toBe(2);
    }
    expect((await tasks.list({ search: 'ra soat', unitIds: ['so-noi-vu', 'so-y-te'] })).map((r) => r._id)).toEqual(['t0']);
    expect(await tasks.count({ unitIds: ['so-noi-vu', 'so-y-te'] })).toBe(3);
    expect(await tasks.count({ unitIds: ['so-noi-vu'] })).toBe(2);
    // Sorted by due date, both ways, and paged.
    expect((await tasks.list({ sort: { dueAt: 1 } })).map((r) => r._id)).toEqual(['t2', 't1', 't0']);
    expect((await tasks.list({ sort: { dueAt: -1 }, offset: 1, limit: 1 })).map((r) => r._id)).toEqual(['t1']);
    expect((await tasks.list({ sort: { dueAt: 1 }, unitIds: ['so-noi-vu', 'so-y-te'], offset: 1, limit: 2 })).map((r) => r._id)).toEqual([
      't1',
      't0',
    ]);
  });

  it('finds directives by number, subject or task text with or without diacritics, drafts left out when asked', async () => {
    const repo = new DirectiveRepository(connection);
    await repo.init();
    const draft = (number: string, subject: string, text: string): DirectiveDraft => ({
      number,
      date: '2026-03-01',
      subject,
      issuerUnitId: 'ubnd-tinh',
      tasks: [{ itemRef: '1', text, leadUnitIds: ['so-noi-vu'], supportUnitIds: [], deadline: null }],
    });
    await repo.createDraft('d-a', draft('101/UBND-NV', 'Tăng cường kỷ luật hành chính', 'Quán triệt'), actor, '2026-03-01T08:00:00+07:00');
    await repo.createDraft('d-b', draft('102/UBND-TH', 'Chuyển đổi số', 'Số hóa hồ sơ đất đai'), actor, '2026-03-01T08:00:00+07:00');
    await repo.issue('d-b', {
      issuedBy: actor,
      issuedAt: '2026-03-01T09:00:00+07:00',
      assignments: [{ taskId: 'd-b:1:so-noi-vu', itemRef: '1', leadUnitId: 'so-noi-vu' }],
      events: [],
    });
    expect((await repo.list({ search: 'ky luat' })).map((d) => d.id)).toEqual(['d-a']);
    expect((await repo.list({ search: 'đất đai' })).map((d) => d.id)).toEqual(['d-b']);
    expect((await repo.list({ search: 'dat dai' })).map((d) => d.id)).toEqual(['d-b']);
    expect((await repo.list({ search: '102/ubnd' })).map((d) => d.id)).toEqual(['d-b']);
    expect((await repo.list({ search: 'ky luat' }))[0]).not.toHaveProperty('searchText');
    expect(await repo.count({})).toBe(2);
    expect(await repo.count({ notDrafts: true })).toBe(1);
    expect((await repo.list({ sort: { number: -1 } })).map((d) => d.id)).toEqual(['d-b', 'd-a']);
  });

  it('marks a notice read once, only in its audience, and all unread notices of an audience at once', async () => {
    const inbox = new InboxRepository(connection);
    await inbox.init();
    const notice = (n: number, userId: string, unitId: string): Omit<InboxNotice, '_id'> => ({
      idempotencyKey: `k${n}`,
      recipientUserId: userId,
      recipientUnitId: unitId,
      recipientEmail: null,
      kind: 'reminder',
      taskId: `t${n}`,
      directiveId: 'd1',
      directiveNumber: '12/UBND-NV',
      itemRef: '1',
      leadUnitId: unitId,
      trigger: 'due',
      level: 0,
      dueAt: null,
      daysOverdue: null,
      subject: `Nhắc ${n}`,
      body: 'b',
      link: '/',
      eventId: `e${n}`,
      createdAt: `2026-03-0${n}T08:00:00.000Z`,
      emailedAt: null,
      readAt: null,
    });
    for (const n of [1, 2, 3]) await inbox.add(notice(n, 'so-noi-vu.giamdoc', 'so-noi-vu'));
    await inbox.add(notice(4, 'so-y-te.giamdoc', 'so-y-te'));
    const head = { userId: 'so-noi-vu.giamdoc', unitIds: ['so-noi-vu'] };

    expect(await inbox.countFor({ ...head, unread: true })).toBe(3);
    // The badge's count: each notice is in the head's audience twice (theirs and their unit's), counted once; capped.
    expect(await inbox.countUnreadUpTo(head, 100)).toBe(3);
    expect(await inbox.countUnreadUpTo(head, 2)).toBe(2);
    expect(await inbox.countUnreadUpTo({ userId: 'so-y-te.giamdoc' }, 100)).toBe(1);
    expect(await inbox.markRead({ userId: 'so-y-te.giamdoc', unitIds: ['so-y-te'] }, 'k1', '2026-03-05T00:00:00.000Z')).toBeNull();
    const read = await inbox.markRead(head, 'k1', '2026-03-05T00:00:00.000Z');
    expect(read).toMatchObject({ _id: 'k1', readAt: '2026-03-05T00:00:00.000Z' });
    expect(read).not.toHaveProperty('audience');
    // Read again later: the first reading's time stays.
    expect((await inbox.markRead(head, 'k1', '2026-03-06T00:00:00.000Z'))?.readAt).toBe('2026-03-05T00:00:00.000Z');
    expect((await inbox.forRecipient({ ...head, unread: true })).map((n) => n._id)).toEqual(['k3', 'k2']);
    expect((await inbox.forRecipient({ ...head, direction: 1, skip: 1, limit: 1 })).map((n) => n._id)).toEqual(['k2']);
    expect(await inbox.countUnreadUpTo(head, 100)).toBe(2);
    expect(await inbox.markAllRead(head, '2026-03-07T00:00:00.000Z')).toBe(2);
    expect(await inbox.countUnreadUpTo(head, 100)).toBe(0);
    expect(await inbox.countFor({ ...head, unread: true })).toBe(0);
    expect(await inbox.countFor({ userId: 'so-y-te.giamdoc', unitIds: ['so-y-te'], unread: true })).toBe(1);
  });
});
