// The search backfill against the real store: directives and task rows written before search
// existed (no `searchText`, or the schema's empty default) are not found by `q`; after the
// backfill they are, with or without diacritics. A run stopped half-way resumes from its last
// batch (no row read twice), a finished run is not repeated, and rows that already had their
// text are left as they were. The `dondoc search backfill` command prints its progress.
import {
  connectMongo,
  DirectiveRepository,
  SearchTextBackfill,
  TaskReadModelRepository,
  directiveSearchText,
  taskSearchText,
} from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { Connection } from 'mongoose';

jest.setTimeout(120_000);

const DONDOC = path.resolve(__dirname, '../../../bin/dondoc.js');
const UNITS = ['so-noi-vu', 'so-tu-phap', 'so-y-te'];
const TEXTS = [
  'Rà soát thủ tục hành chính thuộc phạm vi quản lý',
  'Đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng',
  'Báo cáo kết quả thực hiện trước ngày 15 hằng tháng',
];
const OLD_TASKS = 40;
const NEW_TASKS = 5;
const OLD_DIRECTIVES = 9;

const taskRow = (i: number, old: boolean) => {
  const directiveNumber = `${100 + (i % 4)}/UBND-NV`;
  const itemRef = `${1 + (i % 3)}`;
  const text = TEXTS[i % TEXTS.length];
  return {
    _id: `${old ? 'old' : 'new'}-task-${String(i).padStart(3, '0')}`,
    directiveId: `dir-${i % 4}`,
    directiveNumber,
    itemRef,
    leadUnitId: UNITS[i % UNITS.length],
    supportUnitIds: [],
    unitIds: [UNITS[i % UNITS.length]],
    status: 'acknowledged',
    overdue: false,
    escalationLevel: 0,
    dueAt: null,
    revision: 3,
    projectedAt: '2025-06-01T00:00:00.000Z',
    // A row of a version before search: no searchText at all (a third of them: the schema's empty default).
    ...(old ? (i % 3 === 0 ? { searchText: '' } : {}) : { searchText: taskSearchText({ directiveNumber, itemRef, text }) }),
    snapshot: { taskId: `t${i}`, directiveNumber, itemRef, text },
  };
};

const directiveDoc = (i: number) => ({
  _id: `old-dir-${i}`,
  number: `${200 + i}/UBND-VP`,
  date: `2025-0${1 + (i % 9)}-10`,
  subject: i === 4 ? 'Về việc chấn chỉnh kỷ luật, kỷ cương hành chính' : `Về việc thực hiện nhiệm vụ số ${i}`,
  issuerUnitId: 'van-phong-ubnd-tinh',
  signer: null,
  tasks: [{ ref: '1', text: TEXTS[i % TEXTS.length] }],
  status: 'issued',
  createdBy: { userId: 'van-phong-ubnd-tinh.vanthu', role: 'issuer', unitId: 'van-phong-ubnd-tinh' },
  createdAt: '2025-01-01T00:00:00.000Z',
  issuedAt: '2025-01-02T00:00:00.000Z',
  issuedBy: null,
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawReason: null,
  assignments: [],
  outbox: [],
  outboxChunks: null,
  outboxCount: 0,
});

describe('search text backfill', () => {
  let connection: Connection;
  let uri = '';
  let tasks: TaskReadModelRepository;
  let directives: DirectiveRepository;

  beforeAll(async () => {
    uri = mongoUriFor(uniqueName('search-backfill').replace(/-/g, '_'));
    connection = await connectMongo({ uri });
    tasks = new TaskReadModelRepository(connection);
    directives = new DirectiveRepository(connection);
    await Promise.all([tasks.init(), directives.init()]);
    // Written as the earlier versions did: straight rows, bypassing today's repositories.
    await connection
      .collection('tasks')
      .insertMany([
        ...Array.from({ length: OLD_TASKS }, (_, i) => taskRow(i, true)),
        ...Array.from({ length: NEW_TASKS }, (_, i) => taskRow(i, false)),
      ] as never[]);
    await connection.collection('directives').insertMany(Array.from({ length: OLD_DIRECTIVES }, (_, i) => directiveDoc(i)) as never[]);
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  const foundTasks = async (search: string) => (await tasks.list({ search, limit: 500 })).map((r) => r._id);
  const foundDirectives = async (search: string) => (await directives.list({ search, limit: 500 })).map((d) => d.id);

  it('makes rows written before search findable, resuming a stopped run and never repeating a finished one', async () => {
    // Before: only the rows written with their search text are found.
    expect((await foundTasks('ra soat thu tuc')).every((id) => id.startsWith('new-'))).toBe(true);
    expect(await foundTasks('ra soat thu tuc')).toHaveLength(2);
    expect(await foundDirectives('chấn chỉnh kỷ luật')).toEqual([]);

    // A run stopped after two batches of 7 (as by a shutdown): 14 task rows read, not more.
    const backfill = new SearchTextBackfill(connection);
    await backfill.init();
    let batches = 0;
    const stopped = await backfill.runTarget('tasks', { batchSize: 7, shouldStop: () => batches++ >= 2 });
    expect(stopped).toMatchObject({ outcome: 'stopped', read: 14, total: OLD_TASKS + NEW_TASKS });
    const filledFirst = stopped.filled;
    expect(filledFirst).toBeGreaterThan(0);

    // The command resumes from there (rows read: the rest only) and prints its progress.
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [DONDOC, 'search', 'backfill', '--batch', '7'], {
      env: { ...process.env, MONGODB_URI: uri },
    });
    expect(stderr).toContain('nhiệm vụ: đã đọc 21/45, đã bổ sung');
    expect(stderr).toContain('văn bản chỉ đạo: đã đọc 7/9');
    expect(stdout).toBe(
      `văn bản chỉ đạo: xong, đã đọc ${OLD_DIRECTIVES} dòng, bổ sung ${OLD_DIRECTIVES} (directives: done, ${OLD_DIRECTIVES} read, ${OLD_DIRECTIVES} filled)\n` +
        `nhiệm vụ: xong, đã đọc ${OLD_TASKS + NEW_TASKS} dòng, bổ sung ${OLD_TASKS} (tasks: done, ${OLD_TASKS + NEW_TASKS} read, ${OLD_TASKS} filled)\n`,
    );

    // After: every row of that text is found, typed with or without diacritics.
    const expected = Array.from({ length: OLD_TASKS + NEW_TASKS }, (_, n) => n)
      .map((n) => (n < OLD_TASKS ? taskRow(n, true) : taskRow(n - OLD_TASKS, false)))
      .filter((r) => r.snapshot.text === TEXTS[0])
      .map((r) => r._id)
      .sort();
    expect((await foundTasks('ra soat thu tuc')).sort()).toEqual(expected);
    expect((await foundTasks('Rà soát thủ tục')).sort()).toEqual(expected);
    expect(await foundTasks('101/ubnd-nv 2 đẩy mạnh')).toContain('old-task-013');
    expect(await foundDirectives('chan chinh ky luat')).toEqual(['old-dir-4']);
    expect((await foundDirectives('Báo cáo kết quả')).sort()).toEqual(['old-dir-2', 'old-dir-5', 'old-dir-8']);

    // Each row holds exactly the text today's repositories would write.
    const stored = await connection.collection('tasks').findOne({ _id: 'old-task-007' as never });
    expect(stored?.searchText).toBe(taskSearchText({ directiveNumber: '103/UBND-NV', itemRef: '2', text: TEXTS[1] }));
    const dir = await connection.collection('directives').findOne({ _id: 'old-dir-4' as never });
    expect(dir?.searchText).toBe(directiveSearchText(directiveDoc(4)));

    // Finished: not walked again; asked again, it walks and writes nothing.
    expect(await backfill.run()).toEqual([
      expect.objectContaining({ target: 'directives', outcome: 'already-done' }),
      expect.objectContaining({ target: 'tasks', outcome: 'already-done', read: OLD_TASKS + NEW_TASKS, filled: OLD_TASKS }),
    ]);
    const again = await backfill.run({ again: true, batchSize: 100 });
    expect(again.map((o) => [o.outcome, o.read, o.filled])).toEqual([
      ['finished', OLD_DIRECTIVES, 0],
      ['finished', OLD_TASKS + NEW_TASKS, 0],
    ]);
  });

  it('leaves rows that already have their text as they are', async () => {
    await connection.collection('tasks').insertOne({ ...taskRow(99, true), searchText: 'van ban moi hon' } as never);
    await new SearchTextBackfill(connection).runTarget('tasks', { again: true });
    expect((await connection.collection('tasks').findOne({ _id: 'old-task-099' as never }))?.searchText).toBe('van ban moi hon');
  });
});
