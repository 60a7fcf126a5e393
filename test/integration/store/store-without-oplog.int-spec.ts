// The local store keeps no oplog (infra/local/secantusdb/without_oplog.py): SecantusDB 0.7.0b3
// pruned its oplog inside the writer's transaction, under the storage lock, and a 100,000-row
// bulk load stalled the whole server at 91,000 rows, three times out of three. dondoc reads no
// change streams and runs no multi-document transactions. This spec fails when the store is
// started with an oplog again (the flag lost from infra/local/secantusdb.sh, or SECANTUSDB_OPLOG=1).
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection as MongooseConnection } from 'mongoose';

describe('store: no oplog', () => {
  let db: MongooseConnection;

  beforeAll(async () => {
    db = await connectMongo({ uri: mongoUriFor(uniqueName('no-oplog').replace(/-/g, '_')) });
  });

  afterAll(async () => {
    await db?.dropDatabase().catch(() => undefined);
    await db?.close();
  });

  it('writes leave no entry in local.oplog.rs', async () => {
    const name = db.db?.databaseName as string;
    await db
      .getClient()
      .db(name)
      .collection('rows')
      .insertOne({ _id: 'r1' } as never);
    await db
      .getClient()
      .db(name)
      .collection('rows')
      .updateOne({ _id: 'r1' } as never, { $set: { seen: true } });
    const entries = await db
      .getClient()
      .db('local')
      .collection('oplog.rs')
      .countDocuments({ ns: `${name}.rows` });
    expect(entries).toBe(0);
  });
});
