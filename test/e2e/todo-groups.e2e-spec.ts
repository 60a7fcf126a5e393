// The to-do page's groups and the directive list, answered by the directive API over a unit
// with more tasks than one page of the old list (1,300 rows, the old page read 500): each
// group's X-Total-Count equals a direct count of the rows, its pages hold exactly the group's
// rows in its order, other units' tasks stay out, and each directive's progress equals its
// rows' counts. Rows are written straight into the read model (no workflows are needed to
// count them), as the STORE benchmark does.
import { connectMongo, DirectiveRepository, TaskReadModelRepository, type TaskRow } from '@dondoc/persistence';
import type { Connection } from 'mongoose';
import { DondocStack } from './support/dondoc-stack';

jest.setTimeout(300_000);

const DAY = 86_400_000;
const OPEN = ['assigned', 'acknowledged', 'in_progress', 'returned'];
const STATUSES = [...OPEN, 'submitted', 'completed', 'cancelled'];
const UNIT = 'so-noi-vu';
const ROWS = 1300;

interface Problem {
  message: string;
  problems?: string[];
}
interface Row {
  taskId: string;
  status: string;
  overdue: boolean;
  dueAt: string | null;
  text: string;
}

describe('to-do groups and directive progress counted by the API', () => {
  let stack: DondocStack;
  let connection: Connection;
  const now = Date.now();
  const rows: TaskRow[] = [];

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-todo-groups', ['directive-api']);
    connection = await connectMongo({ uri: stack.env.MONGODB_URI });
    const tasks = new TaskReadModelRepository(connection);
    await tasks.init();
    const directives = new DirectiveRepository(connection);
    await directives.init();
    // Three directives: their tasks are led by our unit, or by another one with ours in support, or by another one alone.
    for (let i = 0; i < ROWS; i++) {
      const directiveId = `d-todo-${i % 3}`;
      const status = STATUSES[i % STATUSES.length];
      const overdue = OPEN.includes(status) && i % 5 === 0;
      // Deadlines from 20 days ago to 40 days ahead; some tasks have none.
      const dueAt = i % 11 === 0 ? null : new Date(now + (((i * 13) % 60) - 20) * DAY + 3_600_000).toISOString();
      const lead = i % 10 === 9 ? 'so-y-te' : UNIT;
      const support = i % 20 === 9 ? [UNIT] : [];
      rows.push(row(`${directiveId}:${i}`, directiveId, String(i), lead, support, status, overdue, dueAt, i % 4 === 0 ? i % 3 : 0));
    }
    await tasks.model.insertMany(rows);
    const actor = { userId: 'van-phong-ubnd-tinh.vanthu', role: 'issuer' as const, unitId: 'van-phong-ubnd-tinh' };
    const date = new Date(now).toISOString().slice(0, 10);
    for (const d of [0, 1, 2]) {
      const id = `d-todo-${d}`;
      const mine = rows.filter((r) => r.directiveId === id);
      await directives.createDraft(
        id,
        { number: `${d + 1}/UBND-TODO`, date, subject: `Văn bản ${d + 1}`, issuerUnitId: 'ubnd-tinh', tasks: [] },
        actor,
        new Date(now).toISOString(),
      );
      // Five more assignments than rows: tasks whose follow-up has not reported yet.
      const assignments = [
        ...mine.map((r) => ({ taskId: r._id, itemRef: r.itemRef, leadUnitId: r.leadUnitId })),
        ...[1, 2, 3, 4, 5].map((k) => ({ taskId: `${id}:new-${k}`, itemRef: `n${k}`, leadUnitId: UNIT })),
      ];
      await directives.issue(id, { issuedBy: actor, issuedAt: new Date(now).toISOString(), assignments, events: [] });
    }
  });
  afterAll(async () => {
    await connection?.close();
    await stack?.stop();
  });

  /** Every page of a group, as the to-do page asks for them. */
  async function wholeGroup(token: string, group: string, sort?: string): Promise<{ total: number; rows: Row[] }> {
    const out: Row[] = [];
    let total = -1;
    for (let page = 1; page < 100; page++) {
      const sortPart = sort ? `&sort=${sort}` : '';
      const res = await stack.call<Row[]>('GET', `/v1/tasks?group=${group}&view=compact&pageSize=100&page=${page}${sortPart}`, { token });
      expect(res.status).toBe(200);
      total = Number(res.headers.get('x-total-count'));
      out.push(...res.body);
      if (res.body.length < 100) break;
    }
    return { total, rows: out };
  }

  it('answers each group with its true total and exactly its rows, page after page, in its order', async () => {
    const head = await stack.token('unit-head', UNIT);
    const weekAhead = new Date(Date.now() + 7 * DAY).toISOString();
    const ours = rows.filter((r) => r.unitIds.includes(UNIT));
    const expected: Record<string, TaskRow[]> = {
      toAcknowledge: ours.filter((r) => r.status === 'assigned'),
      dueSoon: ours.filter((r) => OPEN.includes(r.status) && !r.overdue && r.dueAt !== null && r.dueAt < weekAhead),
      overdue: ours.filter((r) => OPEN.includes(r.status) && r.overdue),
    };
    // More than one old page (500 rows) of our unit's tasks, and every group non-trivial.
    expect(ours.length).toBeGreaterThan(1000);
    for (const group of Object.values(expected)) expect(group.length).toBeGreaterThan(20);

    for (const [group, want] of Object.entries(expected)) {
      const got = await wholeGroup(head, group, group === 'toAcknowledge' ? undefined : 'dueAt');
      expect({ group, total: got.total }).toEqual({ group, total: want.length });
      expect(got.rows.map((r) => r.taskId).sort()).toEqual(want.map((r) => r._id).sort());
      // Compact rows: what the list shows, not the reporting status, support units or revision.
      expect(Object.keys(got.rows[0]).sort()).toEqual(
        [
          'acknowledgeBy',
          'directiveId',
          'directiveNumber',
          'dueAt',
          'itemRef',
          'leadUnitId',
          'leadUnitName',
          'overdue',
          'status',
          'statusLabel',
          'taskId',
          'text',
        ].sort(),
      );
      if (group !== 'toAcknowledge') {
        // The store's order: a missing deadline first (the fixture has a few overdue tasks without one).
        const dues = got.rows.map((r) => r.dueAt ?? '');
        expect(dues).toEqual([...dues].sort());
      }
    }
    // The first page of 20, as the page asks it: the group's 20 nearest deadlines.
    const first = await stack.call<Row[]>('GET', '/v1/tasks?group=overdue&view=compact&pageSize=20&sort=dueAt', { token: head });
    expect(first.body).toHaveLength(20);
    expect(first.body.map((r) => r.taskId)).toEqual(
      [...expected.overdue]
        .sort((a, b) => byKeys([a.dueAt ?? '', a.directiveId, a.itemRef], [b.dueAt ?? '', b.directiveId, b.itemRef]))
        .slice(0, 20)
        .map((r) => r._id),
    );
    // The search narrows a group and its total alike.
    const searched = await stack.call<Row[]>('GET', '/v1/tasks?group=toAcknowledge&pageSize=500&q=ra%20soat%20so%201', { token: head });
    const wanted = expected.toAcknowledge.filter((r) => r.itemRef.startsWith('1'));
    expect(wanted.length).toBeGreaterThan(0);
    expect(Number(searched.headers.get('x-total-count'))).toBe(wanted.length);
    expect(searched.body.map((r) => r.taskId).sort()).toEqual(wanted.map((r) => r._id).sort());
  });

  it('keeps another unit’s head to that unit’s tasks', async () => {
    const other = await stack.token('unit-head', 'so-y-te');
    const got = await wholeGroup(other, 'overdue', 'dueAt');
    const want = rows.filter((r) => r.unitIds.includes('so-y-te') && OPEN.includes(r.status) && r.overdue);
    expect(got.total).toBe(want.length);
    expect(got.rows.every((r) => rows.find((x) => x._id === r.taskId)?.unitIds.includes('so-y-te'))).toBe(true);
  });

  it('refuses an unknown group, or a group with a status, with 400 in Vietnamese and English', async () => {
    const head = await stack.token('unit-head', UNIT);
    const unknown = await stack.call<Problem>('GET', '/v1/tasks?group=later', { token: head });
    expect(unknown.status).toBe(400);
    expect(unknown.body.problems).toEqual([
      expect.stringMatching(/^group: giá trị không hợp lệ, chỉ nhận: toAcknowledge, dueSoon, overdue \(.+\)$/),
    ]);
    const both = await stack.call<Problem>('GET', '/v1/tasks?group=overdue&status=assigned', { token: head });
    expect(both.status).toBe(400);
    expect(both.body.problems).toEqual([
      'group: không dùng cùng lúc group và status: mỗi nhóm đã có trạng thái của nó (group and status cannot be combined)',
    ]);
    expect((await stack.call<Problem>('GET', '/v1/tasks?view=all', { token: head })).status).toBe(400);
  });

  it('lists directives without their tasks, each with its progress counted from its rows', async () => {
    const leader = await stack.token('leader', 'ubnd-tinh');
    const list = await stack.call<Record<string, unknown>[]>('GET', '/v1/directives?pageSize=20', { token: leader });
    expect(list.status).toBe(200);
    const mine = list.body.filter((d) => String(d.id).startsWith('d-todo-'));
    expect(mine).toHaveLength(3);
    for (const d of mine) {
      const of = rows.filter((r) => r.directiveId === d.id);
      const byStatus: Record<string, number> = {};
      for (const r of of) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      const completed = byStatus.completed ?? 0;
      expect(d.progress).toEqual({
        tasks: of.length + 5,
        following: of.length,
        byStatus,
        completed,
        overdue: of.filter((r) => r.overdue).length,
        escalated: of.filter((r) => r.escalationLevel > 0).length,
        percentCompleted: Math.round((completed / (of.length + 5)) * 100),
      });
      expect(d).not.toHaveProperty('tasks');
      expect(d).not.toHaveProperty('assignments');
      expect(d).not.toHaveProperty('outboxChunks');
      // The directive's own page keeps everything, with the same progress.
      const whole = await stack.call<Record<string, unknown>>('GET', `/v1/directives/${String(d.id)}`, { token: leader });
      expect(whole.body.progress).toEqual(d.progress);
      expect(whole.body.assignments).toHaveLength(of.length + 5);
    }
  });
});

/** Code-unit order, key by key (the store's order for these ASCII strings). */
function byKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

function row(
  taskId: string,
  directiveId: string,
  itemRef: string,
  leadUnitId: string,
  supportUnitIds: string[],
  status: string,
  overdue: boolean,
  dueAt: string | null,
  escalationLevel: number,
): TaskRow {
  const directiveNumber = `${Number(directiveId.slice(-1)) + 1}/UBND-TODO`;
  const text = `Rà soát số ${itemRef}`;
  return {
    _id: taskId,
    directiveId,
    directiveNumber,
    itemRef,
    leadUnitId,
    supportUnitIds,
    unitIds: [leadUnitId, ...supportUnitIds],
    status,
    overdue,
    escalationLevel,
    dueAt,
    revision: 3,
    projectedAt: new Date().toISOString(),
    searchText: `${directiveNumber} ${itemRef} ra soat so ${itemRef}`.toLowerCase(),
    snapshot: {
      taskId,
      directiveId,
      directiveNumber,
      itemRef,
      text,
      leadUnitId,
      supportUnitIds,
      status,
      statusLabel: status,
      reportingStatus: overdue ? 'open_overdue' : 'open_within_deadline',
      reportingLabel: overdue ? 'Quá hạn' : 'Trong hạn',
      overdue,
      escalationLevel,
      acknowledgeBy: dueAt,
      dueAt,
      revision: 3,
      asOf: new Date().toISOString(),
      timeline: [{ at: new Date().toISOString(), kind: 'assigned', text: 'Giao nhiệm vụ '.repeat(20) }],
    } as unknown as TaskRow['snapshot'],
  };
}
