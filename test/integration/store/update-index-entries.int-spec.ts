// Store conformance, index entries after updates: every index answers as a full scan does
// after hundreds of updates that add and remove multikey values, move a row in and out of a
// partial index, change one field of a compound key or none at all, through updateOne,
// updateMany and findOneAndUpdate, some of them concurrent; and a unique key an update gives
// up is free again while one it keeps stays taken. On SecantusDB 0.7.0b3 an update rewrites
// only the entries whose keys changed (dondoc's patch, infra/local/secantusdb/index_diff.py):
// an entry it forgot to remove or to write shows here as a count or a page that differs from
// the scan's.
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Collection, Document, Filter } from 'mongodb';
import type { Connection as MongooseConnection } from 'mongoose';

jest.setTimeout(120_000);

const ROWS = 240;
const TAGS = ['a', 'b', 'c', 'd', 'e'];
const STATUSES = ['open', 'done', 'late'];
const INDEXES: { key: Document; partial?: Document; unique?: boolean }[] = [
  { key: { tags: 1, level: 1 } }, // multikey compound, as the task row's drill-down keys
  { key: { status: 1, due: 1, owner: 1 } },
  { key: { owner: 1 }, partial: { active: true } },
  { key: { code: 1 }, unique: true },
];

describe('store conformance: index entries after updates', () => {
  let connection: MongooseConnection;
  let rows: Collection<Document>;
  let seed = 29;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
  const someTags = () => Array.from(new Set(Array.from({ length: rnd(4) }, () => TAGS[rnd(TAGS.length)])));

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('update-index').replace(/-/g, '_')) });
    rows = connection.getClient().db(connection.db?.databaseName).collection('rows');
    for (const { key, partial, unique } of INDEXES)
      await rows.createIndex(key, { ...(partial ? { partialFilterExpression: partial } : {}), ...(unique ? { unique } : {}) });
    await rows.insertMany(
      Array.from({ length: ROWS }, (_, i) => ({
        _id: `r${i}` as never,
        tags: someTags(),
        level: rnd(3),
        status: STATUSES[rnd(3)],
        due: rnd(10),
        owner: `o${rnd(6)}`,
        active: rnd(2) === 0,
        code: `c${i}`,
        hits: 0,
      })),
    );
  });

  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  /** One random update of one row: what it changes ranges from no index key to several. */
  function anUpdate(): Document {
    switch (rnd(7)) {
      case 0:
        return { $set: { tags: someTags() } };
      case 1:
        return { $inc: { level: 1, hits: 1 } };
      case 2:
        return { $set: { status: STATUSES[rnd(3)], due: rnd(10) } };
      case 3:
        return { $set: { active: rnd(2) === 0, owner: `o${rnd(6)}` } };
      case 4:
        return { $inc: { hits: 1 } }; // no index key changes
      case 5:
        return { $addToSet: { tags: TAGS[rnd(TAGS.length)] }, $set: { level: rnd(3) } };
      default:
        return rnd(2) ? { $unset: { owner: '' } } : { $pull: { tags: TAGS[rnd(TAGS.length)] } };
    }
  }

  it('answers every index as a full scan does after 600 updates of every kind', async () => {
    for (let round = 0; round < 30; round++) {
      // 20 updates at once, on rows that may repeat; then one updateMany and one findOneAndUpdate.
      await Promise.all(Array.from({ length: 20 }, () => rows.updateOne({ _id: `r${rnd(ROWS)}` as never }, anUpdate())));
      await rows.updateMany({ due: rnd(10) }, rnd(2) ? { $inc: { level: 1 } } : { $set: { status: STATUSES[rnd(3)] } });
      await rows.findOneAndUpdate({ _id: `r${rnd(ROWS)}` as never }, { $set: { tags: someTags(), active: true } });
    }

    const byIndex = (filter: Filter<Document>, key: Document) => rows.find(filter).hint(key).toArray();
    const byScan = (filter: Filter<Document>) => rows.find(filter).hint({ $natural: 1 }).toArray();
    const same = async (filter: Filter<Document>, key: Document) => {
      const scanned = ids(await byScan(filter));
      expect({ filter, ids: ids(await byIndex(filter, key)) }).toEqual({ filter, ids: scanned });
      expect({ filter, count: await rows.countDocuments(filter) }).toEqual({ filter, count: scanned.length });
      return scanned.length;
    };

    let found = 0;
    for (const tag of TAGS) for (const level of [0, 1, 2, 3, 5]) found += await same({ tags: tag, level }, { tags: 1, level: 1 });
    for (const status of STATUSES)
      for (const due of [0, 3, 9]) found += await same({ status, due: { $gte: due } }, { status: 1, due: 1, owner: 1 });
    for (const owner of ['o0', 'o3', 'o5', null]) found += await same({ owner, active: true }, { owner: 1 });
    expect(found).toBeGreaterThan(ROWS); // the queries found rows, not only agreed on none
    // Every row is still in the multikey index (rows with no tags too): the whole index walked in order.
    // (An entry left behind shows in the counts above, which are read from the entries alone.)
    expect(ids(await rows.find({}).sort({ tags: 1, level: 1 }).hint({ tags: 1, level: 1 }).toArray()).length).toBe(
      new Set(ids(await byScan({}))).size,
    );
  });

  it('frees the unique key an update gives up and keeps the one it does not change', async () => {
    await rows.updateOne({ _id: 'r1' as never }, { $set: { code: 'moved-1' } });
    await rows.updateOne({ _id: 'r2' as never }, { $inc: { hits: 1 }, $set: { tags: ['e'] } }); // code kept
    await expect(rows.insertOne({ _id: 'n1' as never, code: 'c1' })).resolves.toBeTruthy(); // given up: free
    await expect(rows.insertOne({ _id: 'n2' as never, code: 'moved-1' })).rejects.toMatchObject({ code: 11000 });
    await expect(rows.insertOne({ _id: 'n3' as never, code: 'c2' })).rejects.toMatchObject({ code: 11000 });
    await expect(rows.updateOne({ _id: 'r3' as never }, { $set: { code: 'c2' } })).rejects.toMatchObject({ code: 11000 });
    expect(await rows.countDocuments({ code: 'c3' })).toBe(1); // the refused update left r3's key as it was
    expect(
      ids(
        await rows
          .find({ code: { $in: ['c1', 'c2', 'moved-1'] } })
          .hint({ code: 1 })
          .toArray(),
      ),
    ).toEqual(['n1', 'r1', 'r2']);
  });
});

function ids(docs: Document[]): string[] {
  return docs.map((d) => String(d._id)).sort();
}
