// Store conformance, dropDatabase: every document, index entry and unique-key claim of the
// database is gone, other databases are untouched (also the ones whose names sort right
// before and after it), and the same names and unique keys can be used again at once. Every
// suite of npm test drops its database at the end. On SecantusDB 0.7.0b3 the drop runs
// through dondoc's patch (infra/local/secantusdb/fast_drop.py: each table's keys of the
// database removed by range truncates of at most 20,000 keys, not one fsync per key); this
// spec holds what the patch must keep.
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection as MongooseConnection } from 'mongoose';

jest.setTimeout(120_000);

// Four indexes of 6,200 entries each: more than one of the patch's ranges (20,000 keys) in
// the index entries' table.
const ROWS = 6_200;
const INDEXES = [{ unitId: 1 }, { unitId: 1, code: 1 }, { code: -1 }] as const;

describe('store conformance: dropDatabase', () => {
  let dropped: MongooseConnection;
  let kept: MongooseConnection;
  // Its name is the dropped one's without the last character, and the dropped one's plus one:
  // the keys of all three lie side by side in every table.
  let before: MongooseConnection;
  let after: MongooseConnection;

  beforeAll(async () => {
    const name = uniqueName('drop-me').replace(/-/g, '_');
    dropped = await connectMongo({ uri: mongoUriFor(name) });
    kept = await connectMongo({ uri: mongoUriFor(uniqueName('keep-me').replace(/-/g, '_')) });
    before = await connectMongo({ uri: mongoUriFor(name.slice(0, -1)) });
    after = await connectMongo({ uri: mongoUriFor(`${name}0`) });
  });

  afterAll(async () => {
    for (const c of [dropped, kept, before, after]) await c?.dropDatabase().catch(() => undefined);
    await Promise.all([dropped, kept, before, after].map((c) => c?.close()));
  });

  const rowsOf = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => ({ _id: `r${from + k}`, code: `c${from + k}`, unitId: `u${(from + k) % 35}` }));

  it('removes documents, indexes and unique claims of that database only, and its names are free again', async () => {
    const rows = dropped.getClient().db(dropped.db?.databaseName).collection<{ _id: string; code: string; unitId: string }>('rows');
    const other = kept.getClient().db(kept.db?.databaseName).collection<{ _id: string; code: string; unitId: string }>('rows');
    const neighbours = [before, after].map((c) =>
      c.getClient().db(c.db?.databaseName).collection<{ _id: string; code: string; unitId: string }>('rows'),
    );
    await rows.createIndex({ code: 1 }, { unique: true });
    for (const key of INDEXES) await rows.createIndex(key);
    await other.createIndex({ code: 1 }, { unique: true });
    for (let i = 0; i < ROWS; i += 1_000) await rows.insertMany(rowsOf(i, Math.min(ROWS, i + 1_000)));
    await other.insertMany(rowsOf(0, 50));
    for (const n of neighbours) {
      await n.createIndex({ code: 1 }, { unique: true });
      await n.createIndex({ unitId: 1 });
      await n.insertMany(rowsOf(0, 300));
    }

    const statsOf = (c: MongooseConnection) => c.getClient().db(c.db?.databaseName).command({ collStats: 'rows' });
    const neighboursBefore = await Promise.all([kept, before, after].map(statsOf));

    await dropped.dropDatabase();

    expect(await rows.countDocuments()).toBe(0);
    expect(await rows.find({ unitId: 'u3' }).toArray()).toEqual([]);
    expect(await rows.countDocuments({ unitId: 'u3' })).toBe(0);
    const collections = await dropped.getClient().db(dropped.db?.databaseName).listCollections().toArray();
    expect(collections).toEqual([]);
    // The other databases lost nothing: documents, index entries, unique claims.
    expect(await other.countDocuments()).toBe(50);
    await expect(other.insertOne({ _id: 'again', code: 'c7', unitId: 'u1' })).rejects.toMatchObject({ code: 11000 });
    expect(await Promise.all([kept, before, after].map(statsOf))).toEqual(neighboursBefore);
    for (const n of neighbours) {
      expect(await n.countDocuments()).toBe(300);
      expect(await n.countDocuments({ unitId: 'u3' })).toBe(9);
      expect(await n.find({ unitId: 'u3' }).hint({ unitId: 1 }).toArray()).toHaveLength(9);
      await expect(n.insertOne({ _id: 'again', code: 'c7', unitId: 'u1' })).rejects.toMatchObject({ code: 11000 });
    }

    // No index entry outlived the drop (a find skips an entry whose row is gone; the stats
    // walk every entry of the collection's indexes).
    const db = dropped.getClient().db(dropped.db?.databaseName);
    await db.createCollection('rows');
    expect(await db.command({ collStats: 'rows' })).toMatchObject({ count: 0, totalIndexSize: 0 });

    // The same ids and unique codes are accepted again: no claim outlived the drop.
    await rows.createIndex({ code: 1 }, { unique: true });
    await rows.insertMany(rowsOf(0, 1_000));
    expect(await rows.countDocuments()).toBe(1_000);
    await expect(rows.insertOne({ _id: 'dup', code: 'c5', unitId: 'u1' })).rejects.toMatchObject({ code: 11000 });
  });
});
