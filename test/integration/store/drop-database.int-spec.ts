// Store conformance, dropDatabase: every document, index entry and unique-key claim of the
// database is gone, other databases are untouched, and the same names and unique keys can be
// used again at once. Every suite of npm test drops its database at the end. On SecantusDB
// 0.7.0b3 the drop runs through dondoc's patch (infra/local/secantusdb/fast_drop.py: the deletes
// grouped in transactions, not one fsync per key); this spec holds what the patch must keep.
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection as MongooseConnection } from 'mongoose';

jest.setTimeout(120_000);

// More than one of the patch's transactions (5,000 keys) in the documents alone.
const ROWS = 6_200;

describe('store conformance: dropDatabase', () => {
  let dropped: MongooseConnection;
  let kept: MongooseConnection;

  beforeAll(async () => {
    dropped = await connectMongo({ uri: mongoUriFor(uniqueName('drop-me').replace(/-/g, '_')) });
    kept = await connectMongo({ uri: mongoUriFor(uniqueName('keep-me').replace(/-/g, '_')) });
  });

  afterAll(async () => {
    await kept?.dropDatabase().catch(() => undefined);
    await Promise.all([dropped?.close(), kept?.close()]);
  });

  const rowsOf = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => ({ _id: `r${from + k}`, code: `c${from + k}`, unitId: `u${(from + k) % 35}` }));

  it('removes documents, indexes and unique claims of that database only, and its names are free again', async () => {
    const rows = dropped.getClient().db(dropped.db?.databaseName).collection<{ _id: string; code: string; unitId: string }>('rows');
    const other = kept.getClient().db(kept.db?.databaseName).collection<{ _id: string; code: string; unitId: string }>('rows');
    await rows.createIndex({ code: 1 }, { unique: true });
    await rows.createIndex({ unitId: 1 });
    await other.createIndex({ code: 1 }, { unique: true });
    for (let i = 0; i < ROWS; i += 1_000) await rows.insertMany(rowsOf(i, Math.min(ROWS, i + 1_000)));
    await other.insertMany(rowsOf(0, 50));

    await dropped.dropDatabase();

    expect(await rows.countDocuments()).toBe(0);
    expect(await rows.find({ unitId: 'u3' }).toArray()).toEqual([]);
    const collections = await dropped.getClient().db(dropped.db?.databaseName).listCollections().toArray();
    expect(collections).toEqual([]);
    // The other database lost nothing.
    expect(await other.countDocuments()).toBe(50);
    await expect(other.insertOne({ _id: 'again', code: 'c7', unitId: 'u1' })).rejects.toMatchObject({ code: 11000 });

    // The same ids and unique codes are accepted again: no claim outlived the drop.
    await rows.createIndex({ code: 1 }, { unique: true });
    await rows.insertMany(rowsOf(0, 1_000));
    expect(await rows.countDocuments()).toBe(1_000);
    await expect(rows.insertOne({ _id: 'dup', code: 'c5', unitId: 'u1' })).rejects.toMatchObject({ code: 11000 });
  });
});
