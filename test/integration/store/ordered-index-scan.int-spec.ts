// Store conformance, sorted pages: a page of `find(equalities).sort(the index's next fields)
// .limit(n)` is read in index order and stops at the limit (no blocking SORT, about n documents
// examined), as MongoDB does, and is the same page as a full scan sorted in memory: ties, a
// descending sort, a multikey `$in` (a row under two of the values), `skip`, strings that are
// prefixes of one another. Counts of such filters equal a full scan's. On SecantusDB 0.7.0b3 this
// is dondoc's patch (infra/local/secantusdb/ordered_index_scan.py); without it the explain shows
// SORT < FETCH < IXSCAN over every matching document.
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Collection, Document, Filter, Sort } from 'mongodb';
import type { Connection as MongooseConnection } from 'mongoose';

jest.setTimeout(120_000);

const UNITS = ['u0', 'u1', 'u2', 'u3', 'u4'];
const STATUSES = ['open', 'done', 'late'];
const ROWS = 1500;
const NOTICES = 900;

describe('store conformance: sorted pages by an index walk', () => {
  let connection: MongooseConnection;
  let rows: Collection<Document>;
  let notices: Collection<Document>;
  let secantus = false;

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('ordered-scan').replace(/-/g, '_')) });
    const hello = await connection.getClient().db('admin').command({ hello: 1 });
    secantus = hello.setName === 'secantus';
    const db = connection.getClient().db(connection.db?.databaseName);
    rows = db.collection('rows');
    notices = db.collection('notices');
    // As the task read model: a multikey equality prefix, then the list's order.
    await rows.createIndex({ unitIds: 1, status: 1, directiveId: 1, itemRef: 1 });
    await rows.createIndex({ directiveId: 1, itemRef: 1 });
    // As the inbox: a multikey audience, then the time (ascending: walked backwards for "newest first").
    await notices.createIndex({ audience: 1, createdAt: 1 });
    await notices.createIndex({ taskId: 1, createdAt: 1 });
    let seed = 11;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
    // Inserted in a shuffled order, so insertion order is not the sort order; few distinct
    // (directiveId, itemRef) pairs, so most rows tie with others; prefix-related strings.
    const order = Array.from({ length: ROWS }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rnd(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    await rows.insertMany(
      order.map((i) => ({
        _id: `r${String(i).padStart(4, '0')}` as never,
        unitIds: Array.from(new Set([UNITS[rnd(5)], ...(rnd(2) ? [UNITS[rnd(5)]] : [])])),
        status: STATUSES[rnd(3)],
        directiveId: ['d', 'd1', 'd10', 'd2', 'D', ''][rnd(6)],
        ...(rnd(10) === 0 ? {} : { itemRef: String(rnd(4)) }), // some rows have no itemRef: sorted as null
      })),
    );
    await notices.insertMany(
      Array.from({ length: NOTICES }, (_, i) => ({
        _id: `n${String(NOTICES - i).padStart(4, '0')}` as never,
        audience: [`user:${UNITS[rnd(5)]}`, `unit:${UNITS[rnd(5)]}`],
        taskId: `t${rnd(20)}`,
        createdAt:
          ['2026-01-01', '2026-01-01T08:00', '2026-01-01T08:00:00.000Z', '2026-02-01', '2026-1', '2026'][rnd(6)] +
          (rnd(2) ? '' : `:${rnd(40)}`),
      })),
    );
  });

  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  /** The same query answered by a collection scan sorted in memory (the hint keeps every planner off the indexes). */
  async function compare(coll: Collection<Document>, filter: Filter<Document>, sort: Sort, skip: number, limit: number) {
    const page = await coll.find(filter).sort(sort).skip(skip).limit(limit).toArray();
    const scanned = await coll.find(filter).sort(sort).skip(skip).limit(limit).hint({ $natural: 1 }).toArray();
    const keys = (docs: Document[]) => docs.map((d) => Object.keys(sort as object).map((k) => d[k] ?? null));
    expect(keys(page)).toEqual(keys(scanned));
    // Ties: in insertion order, as the full sort leaves them (MongoDB promises no order for ties).
    if (secantus) expect(page.map((d) => d._id)).toEqual(scanned.map((d) => d._id));
    return page;
  }

  it('gives the same pages as a full scan sorted in memory (equality, ties, skip, missing fields)', async () => {
    for (const unit of UNITS)
      for (const status of STATUSES)
        for (const [skip, limit] of [
          [0, 10],
          [7, 25],
        ]) {
          const page = await compare(rows, { unitIds: unit, status }, { directiveId: 1, itemRef: 1 }, skip, limit);
          expect(page.every((r) => (r.unitIds as string[]).includes(unit) && r.status === status)).toBe(true);
          await compare(rows, { unitIds: unit, status }, { directiveId: -1, itemRef: -1 }, skip, limit);
        }
    await compare(rows, { unitIds: 'u3', status: 'done' }, { directiveId: 1, itemRef: 1 }, 0, 1000); // no edge: all of them
    // An equality on a sorted field drops out of the order; the whole list in order with no filter.
    await compare(rows, { directiveId: 'd1' }, { directiveId: 1, itemRef: 1 }, 0, 50);
    await compare(rows, {}, { directiveId: 1, itemRef: 1 }, 5, 40);
  });

  it('merges a multikey $in in sort order, a row under two of the values once, both directions', async () => {
    for (const [a, b] of [
      ['u0', 'u1'],
      ['u2', 'u2'],
      ['u3', 'u4'],
    ]) {
      const page = await compare(notices, { audience: { $in: [`user:${a}`, `unit:${b}`] } }, { createdAt: -1 }, 0, 60);
      expect(new Set(page.map((n) => n._id)).size).toBe(page.length);
      await compare(notices, { audience: { $in: [`user:${a}`, `unit:${b}`] } }, { createdAt: 1 }, 3, 60);
      await compare(rows, { unitIds: { $in: [a, b] }, status: 'open' }, { directiveId: 1, itemRef: 1 }, 0, 30);
    }
  });

  it('reads about one page of documents, with no blocking sort (explain)', async () => {
    const explained = async (filter: Filter<Document>, sort: Sort, limit: number, coll: Collection<Document>) => {
      const out = (await coll.find(filter).sort(sort).limit(limit).explain('executionStats')) as {
        queryPlanner: { winningPlan: unknown };
        executionStats: { totalDocsExamined: number; nReturned: number };
      };
      return { stages: JSON.stringify(out.queryPlanner.winningPlan), ...out.executionStats };
    };
    const total = await rows.countDocuments({ unitIds: 'u1', status: 'open' });
    expect(total).toBeGreaterThan(100); // a page of 10 is a small part of it
    const tasks = await explained({ unitIds: 'u1', status: 'open' }, { directiveId: 1, itemRef: 1 }, 10, rows);
    expect(tasks.stages).not.toMatch(/"stage":"SORT"/);
    expect(tasks.nReturned).toBe(10);
    // The page, plus the rows tied with its last one (they are read to order the edge exactly).
    expect(tasks.totalDocsExamined).toBeLessThan(total / 2);

    const inbox = await explained({ audience: { $in: ['user:u1', 'unit:u2'] } }, { createdAt: -1 }, 5, notices);
    expect(inbox.stages).not.toMatch(/"stage":"SORT"/);
    expect(inbox.nReturned).toBe(5);
    expect(inbox.totalDocsExamined).toBeLessThan((await notices.countDocuments({ audience: { $in: ['user:u1', 'unit:u2'] } })) / 2);
  });

  it('counts such filters as a full scan does', async () => {
    const all = await rows.find({}).toArray();
    for (const unit of UNITS) {
      expect(await rows.countDocuments({ unitIds: unit, status: 'late' })).toBe(
        all.filter((r) => (r.unitIds as string[]).includes(unit) && r.status === 'late').length,
      );
      expect(await rows.countDocuments({ unitIds: { $in: [unit, 'u0'] } })).toBe(
        all.filter((r) => (r.unitIds as string[]).some((u) => u === unit || u === 'u0')).length,
      );
    }
    const inbox = await notices.find({}).toArray();
    expect(await notices.countDocuments({ audience: { $in: ['user:u3', 'unit:u3'] } })).toBe(
      inbox.filter((n) => (n.audience as string[]).some((a) => a === 'user:u3' || a === 'unit:u3')).length,
    );
    expect(await notices.countDocuments({ audience: 'unit:u1', createdAt: '2026' })).toBe(
      inbox.filter((n) => (n.audience as string[]).includes('unit:u1') && n.createdAt === '2026').length,
    );
  });

  it('bounds a walk and a count by a range on the field after the equalities (a deadline before a date)', async () => {
    const deadlines = connection.getClient().db(connection.db?.databaseName).collection('deadlines');
    // As the to-do groups: equalities, the deadline, the list's order; a second index without a
    // multikey field shows the store that dueAt is never an array.
    await deadlines.createIndex({ unitIds: 1, status: 1, dueAt: 1, directiveId: 1 });
    await deadlines.createIndex({ status: 1, dueAt: 1, directiveId: 1 });
    let seed = 7;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
    // Prefix-related strings, an empty one, lower types (null, a number, missing) and a higher one (a date).
    const DUE = ['2026-12-01', '2026-12-01T08:00', '2026-12-1', '2026-12-10', '2026-12-31T23:59', '2027', '', null, 5, new Date(0)];
    await deadlines.insertMany(
      Array.from({ length: 1200 }, (_, i) => {
        const due = DUE[rnd(DUE.length + 1)];
        return {
          _id: `t${String(1200 - i).padStart(4, '0')}` as never,
          unitIds: Array.from(new Set([UNITS[rnd(3)], UNITS[rnd(3)]])),
          status: STATUSES[rnd(2)],
          directiveId: `d${rnd(7)}`,
          ...(due === undefined ? {} : { dueAt: due }),
        };
      }),
    );
    const ranges: Record<string, unknown>[] = [
      { $gte: '', $lt: '2026-12-10' },
      { $gte: '2026-12-01', $lt: '2026-12-1' },
      { $gt: '2026-12-01', $lte: '2026-12-10' },
      { $lt: '2026-12-01T08:00' },
      { $gte: '2026-12-10' },
      { $gte: '2027', $lt: '2028' },
    ];
    for (const dueAt of ranges)
      for (const unit of ['u0', 'u2']) {
        const filter = { unitIds: unit, status: 'open', dueAt };
        await compare(deadlines, filter, { dueAt: 1, directiveId: 1 }, 0, 15);
        await compare(deadlines, filter, { dueAt: 1, directiveId: 1 }, 4, 400);
        const matching = await deadlines.find(filter).hint({ $natural: 1 }).toArray();
        expect(await deadlines.countDocuments(filter)).toBe(matching.length);
        expect(matching.length).toBeGreaterThan(0);
      }
    // A selective range reads its own rows, not every row of the unit and status.
    const filter = { unitIds: 'u1', status: 'done', dueAt: { $gte: '2027', $lt: '2028' } };
    const out = (await deadlines.find(filter).sort({ dueAt: 1, directiveId: 1 }).limit(50).explain('executionStats')) as {
      queryPlanner: { winningPlan: unknown };
      executionStats: { totalDocsExamined: number; nReturned: number };
    };
    expect(JSON.stringify(out.queryPlanner.winningPlan)).not.toMatch(/"stage":"SORT"/);
    expect(out.executionStats.nReturned).toBe(await deadlines.countDocuments(filter));
    expect(out.executionStats.totalDocsExamined).toBeLessThanOrEqual(out.executionStats.nReturned + 1);
  });

  it("walks and counts an equality on a path into an array of documents (a unit's directives)", async () => {
    const letters = connection.getClient().db(connection.db?.databaseName).collection('letters');
    await letters.createIndex({ 'assignments.leadUnitId': 1, status: 1, date: 1, _id: 1 });
    await letters.createIndex({ status: 1, date: 1, _id: 1 });
    const pad = (n: number) => String(n).padStart(2, '0');
    await letters.insertMany(
      Array.from({ length: 600 }, (_, i) => ({
        _id: `l${String(600 - i).padStart(4, '0')}` as never,
        status: ['draft', 'issued', 'withdrawn'][i % 3],
        date: `2026-${pad(((i * 5) % 12) + 1)}-${pad(((i * 11) % 28) + 1)}`,
        // None, one, or several elements; a unit twice; an element without the field.
        assignments: Array.from({ length: (i * 7) % 4 }, (_, j) =>
          (i + j) % 9 === 0 ? { taskId: 'x' } : { leadUnitId: UNITS[(i * 3 + j * (i % 2)) % 5], taskId: `t${j}` },
        ),
      })),
    );
    for (const unit of UNITS) {
      const filter = { 'assignments.leadUnitId': unit, status: { $in: ['issued', 'withdrawn'] } };
      await compare(letters, filter, { date: -1, _id: -1 }, 0, 20);
      await compare(letters, filter, { date: -1, _id: -1 }, 17, 200);
      await compare(letters, { 'assignments.leadUnitId': unit, status: 'issued' }, { date: 1, _id: 1 }, 0, 30);
      const scanned = await letters.find(filter).hint({ $natural: 1 }).toArray();
      expect(scanned.length).toBeGreaterThan(20);
      expect(await letters.countDocuments(filter)).toBe(scanned.length);
      expect(await letters.countDocuments({ 'assignments.leadUnitId': unit })).toBe(
        (await letters.find({ 'assignments.leadUnitId': unit }).hint({ $natural: 1 }).toArray()).length,
      );
    }
    const out = (await letters
      .find({ 'assignments.leadUnitId': 'u1', status: { $in: ['issued', 'withdrawn'] } })
      .sort({ date: -1, _id: -1 })
      .limit(10)
      .explain('executionStats')) as { queryPlanner: { winningPlan: unknown }; executionStats: { totalDocsExamined: number } };
    expect(JSON.stringify(out.queryPlanner.winningPlan)).not.toMatch(/"stage":"SORT"/);
    expect(out.executionStats.totalDocsExamined).toBeLessThanOrEqual(20);
  });

  it('keeps the full sort when a sort field holds an array somewhere (the index order is not the sort)', async () => {
    await rows.insertOne({ _id: 'array-directive' as never, unitIds: ['u0'], status: 'open', directiveId: ['a', 'zz'], itemRef: '1' });
    try {
      await compare(rows, { unitIds: 'u0', status: 'open' }, { directiveId: -1, itemRef: 1 }, 0, 20);
      await compare(rows, { unitIds: 'u0', status: 'open' }, { directiveId: 1, itemRef: 1 }, 0, 20);
    } finally {
      await rows.deleteOne({ _id: 'array-directive' as never });
    }
  });
});
