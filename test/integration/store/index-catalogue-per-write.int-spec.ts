// Store conformance, indexes created and dropped between writes: each insert, update and
// delete sees the indexes as they are when it runs. A unique index created after some rows
// refuses the next duplicate at once, a new index holds the entries of every row written
// after it (and before it, from its build), and a dropped one is no longer written. On
// SecantusDB 0.7.0b3 a write reads its collection's index definitions once per statement
// (dondoc's patch, infra/local/secantusdb/catalogue_memo.py): a definition kept past its
// statement shows here as a duplicate let in or an entry missing.
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Collection } from 'mongodb';
import type { Connection as MongooseConnection } from 'mongoose';

jest.setTimeout(120_000);

interface Row {
  _id: string;
  code: string;
  unitId: string;
  level: number;
}

describe('store conformance: index definitions changed between writes', () => {
  let connection: MongooseConnection;
  let rows: Collection<Row>;
  const rowsOf = (from: number, to: number): Row[] =>
    Array.from({ length: to - from }, (_, k) => ({ _id: `r${from + k}`, code: `c${from + k}`, unitId: `u${(from + k) % 7}`, level: 0 }));
  /** What a full scan counts, to compare with a count through an index. */
  const scanned = (filter: object) => rows.countDocuments(filter, { hint: { $natural: 1 } });

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('index-catalogue').replace(/-/g, '_')) });
    rows = connection.getClient().db(connection.db?.databaseName).collection<Row>('rows');
  });

  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('a unique index created after some writes refuses the next duplicate, in a batch and alone', async () => {
    await rows.insertMany(rowsOf(0, 200));
    await rows.insertOne({ _id: 'twin', code: 'c5', unitId: 'u1', level: 0 }); // no unique index yet: accepted
    await rows.deleteOne({ _id: 'twin' });
    await rows.createIndex({ code: 1 }, { unique: true });

    await expect(rows.insertOne({ _id: 'twin', code: 'c5', unitId: 'u1', level: 0 })).rejects.toMatchObject({ code: 11000 });
    const batch = [...rowsOf(200, 260), { _id: 'twin2', code: 'c7', unitId: 'u2', level: 0 }, ...rowsOf(260, 300)];
    const refused = await rows.insertMany(batch, { ordered: false }).catch((e: { writeErrors?: { code: number }[] }) => e);
    expect((refused as { writeErrors?: { code: number }[] }).writeErrors?.map((w) => w.code)).toEqual([11000]);
    await expect(rows.updateOne({ _id: 'r9' }, { $set: { code: 'c8' } })).rejects.toMatchObject({ code: 11000 });
    expect(await rows.countDocuments()).toBe(300);
  });

  it('an index created between writes holds every row written after it, updated and deleted ones included', async () => {
    await rows.createIndex({ unitId: 1, level: 1 });
    for (let i = 300; i < 600; i += 100) await rows.insertMany(rowsOf(i, i + 100));
    await rows.updateMany({ unitId: 'u3' }, { $set: { level: 2 } });
    await rows.updateOne({ _id: 'r10' }, { $set: { unitId: 'u3', level: 2 } });
    await rows.findOneAndUpdate({ _id: 'r11' }, { $inc: { level: 1 } });
    await rows.deleteMany({ unitId: 'u5' });
    await rows.deleteOne({ _id: 'r12' });

    for (const filter of [{ unitId: 'u3', level: 2 }, { unitId: 'u4' }, { unitId: 'u5' }, { unitId: 'u4', level: 1 }]) {
      expect(await rows.countDocuments(filter, { hint: { unitId: 1, level: 1 } })).toBe(await scanned(filter));
      expect(await rows.find(filter).hint({ unitId: 1, level: 1 }).toArray()).toHaveLength(await scanned(filter));
    }
    expect(await scanned({ unitId: 'u3', level: 2 })).toBeGreaterThan(80);
  });

  it('an index dropped between writes is no longer written, and one created again is whole', async () => {
    await rows.dropIndex('unitId_1_level_1');
    await rows.insertMany(rowsOf(600, 700));
    await rows.updateMany({ unitId: 'u6' }, { $set: { level: 3 } });
    await rows.createIndex({ unitId: 1, level: 1 });
    await rows.insertMany(rowsOf(700, 750));
    for (const filter of [{ unitId: 'u6', level: 3 }, { unitId: 'u6' }, { unitId: 'u0' }]) {
      expect(await rows.countDocuments(filter, { hint: { unitId: 1, level: 1 } })).toBe(await scanned(filter));
    }
    const stats = await connection.getClient().db(connection.db?.databaseName).command({ collStats: 'rows' });
    expect(Object.keys(stats.indexSizes as object).sort()).toEqual(['_id_', 'code_1', 'unitId_1_level_1']);
  });
});
