// The store conformance suite: every promise of MongoDB that dondoc relies on, checked on
// whatever server MONGODB_URI names. Run it against a real MongoDB or a managed cluster
// before going live (README: "Before going live"). FerretDB 1.24 fails it (lost updates,
// several winners of one claim, scans): that is why the default store is SecantusDB.
//   MONGODB_URI=mongodb://host:port/db npx jest --selectProjects integration test/integration/store
// Durability under kill -9 and index use are in the two specs beside this one.
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import { Schema, type Connection, type Model } from 'mongoose';

jest.setTimeout(120_000);

interface Counter {
  _id: string;
  n: number;
  status: 'draft' | 'issued';
  by?: string;
}
const counterSchema = new Schema<Counter>({ _id: String, n: Number, status: String, by: String }, { versionKey: false });

interface Keyed {
  key: string;
  n: number;
}
const keyedSchema = new Schema<Keyed>({ key: { type: String, required: true, unique: true }, n: Number }, { versionKey: false });

describe('store conformance: the MongoDB promises dondoc relies on', () => {
  let connections: Connection[] = [];
  let uri: string;

  // Separate connections (separate pools) behave like separate app processes.
  const connect = async (): Promise<Connection> => {
    const c = await connectMongo({ uri, appName: 'store-conformance' });
    connections.push(c);
    return c;
  };
  const modelOn = <T>(c: Connection, name: string, schema: Schema<T>): Model<T> => c.model<T>(name, schema);

  beforeAll(async () => {
    uri = mongoUriFor(uniqueName('conformance').replace(/-/g, '_'));
  });

  afterAll(async () => {
    await connections[0]?.dropDatabase().catch(() => undefined);
    await Promise.all(connections.map((c) => c.close()));
    connections = [];
  });

  it('applies 20 clients × 20 concurrent $inc on one document: 400', async () => {
    const clients = await Promise.all(Array.from({ length: 4 }, () => connect()));
    const models = clients.map((c) => modelOn(c, 'IncCounter', counterSchema));
    await models[0].create({ _id: 'one', n: 0, status: 'draft' });
    await Promise.all(
      Array.from({ length: 20 }, async (_, client) => {
        const model = models[client % models.length];
        for (let i = 0; i < 20; i++) await model.updateOne({ _id: 'one' }, { $inc: { n: 1 } });
      }),
    );
    expect((await models[0].findById('one').lean())?.n).toBe(400);
  });

  it('gives a conditional claim exactly one winner, in 30 rounds of 10 concurrent claims', async () => {
    const clients = await Promise.all(Array.from({ length: 2 }, () => connect()));
    const models = clients.map((c) => modelOn(c, 'Claim', counterSchema));
    const winnersPerRound: number[] = [];
    for (let round = 0; round < 30; round++) {
      const id = `draft-${round}`;
      await models[0].create({ _id: id, n: 0, status: 'draft' });
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          models[i % models.length]
            .findOneAndUpdate({ _id: id, status: 'draft' }, { $set: { status: 'issued', by: `caller-${i}` } }, { returnDocument: 'after' })
            .lean(),
        ),
      );
      const winners = answers.filter((a) => a !== null);
      winnersPerRound.push(winners.length);
      // The one winner is the one whose write the document keeps.
      expect((await models[0].findById(id).lean())?.by).toBe(winners[0]?.by);
    }
    expect(winnersPerRound).toEqual(Array.from({ length: 30 }, () => 1));
  });

  it('makes one document of concurrent upserts of one key, and counts every one', async () => {
    const clients = await Promise.all(Array.from({ length: 2 }, () => connect()));
    const models = clients.map((c) => modelOn(c, 'UpsertCounter', counterSchema));
    for (let round = 0; round < 10; round++) {
      const id = `key-${round}`;
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          models[i % models.length].updateOne({ _id: id }, { $inc: { n: 1 }, $setOnInsert: { status: 'draft' } }, { upsert: true }),
        ),
      );
      const docs = await models[0].find({ _id: id }).lean();
      expect(docs).toHaveLength(1);
      expect(docs[0]).toMatchObject({ n: 10, status: 'draft' });
    }
  });

  it('refuses duplicates of a unique index, also when they race', async () => {
    const c = await connect();
    const Keyed = modelOn(c, 'Keyed', keyedSchema);
    await Keyed.init();
    await Keyed.create({ key: 'k', n: 1 });
    await expect(Keyed.create({ key: 'k', n: 2 })).rejects.toMatchObject({ code: 11000 });
    for (let round = 0; round < 10; round++) {
      const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => Keyed.create({ key: `race-${round}`, n: i })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 11000 });
    }
  });

  // Each operator and query form that apps/ and libs/ use (grep of `$…` in the sources).
  describe('the operators the persistence layer uses', () => {
    let Docs: Model<Record<string, unknown>>;
    beforeAll(async () => {
      const c = await connect();
      Docs = c.model<Record<string, unknown>>('OperatorDoc', new Schema({ _id: String }, { strict: false, versionKey: false }));
      await Docs.insertMany([
        { _id: 'a', unit: 'u1', support: ['u2'], period: '2026-01', seq: 1, at: '2026-01-05', tags: ['x'] },
        { _id: 'b', unit: 'u2', support: [], period: '2026-06', seq: 2, at: null },
        { _id: 'c', unit: 'u3', support: ['u1'], period: '2027-01', seq: 3, at: '2026-03-01' },
      ]);
    });
    const ids = (rows: Array<{ _id?: unknown }>): unknown[] => rows.map((r) => r._id).sort();

    it('$in, $or over an array field, $gte/$lte/$lt/$gt, $type', async () => {
      expect(ids(await Docs.find({ unit: { $in: ['u1', 'u3'] } }).lean())).toEqual(['a', 'c']);
      expect(ids(await Docs.find({ $or: [{ unit: { $in: ['u1'] } }, { support: { $in: ['u1'] } }] }).lean())).toEqual(['a', 'c']);
      expect(ids(await Docs.find({ period: { $gte: '2026-01', $lte: '2026-12' } }).lean())).toEqual(['a', 'b']);
      expect(ids(await Docs.find({ seq: { $gt: 1, $lt: 3 } }).lean())).toEqual(['b']);
      expect(ids(await Docs.find({ at: { $type: 'string', $gte: '2026-02-01' } }).lean())).toEqual(['c']);
    });

    it('sort, skip, limit, projection, distinct, exists, countDocuments', async () => {
      const page = await Docs.find({}, { unit: 1 }).sort({ seq: -1 }).skip(1).limit(1).lean();
      expect(page).toEqual([{ _id: 'b', unit: 'u2' }]);
      expect((await Docs.distinct('unit')).sort()).toEqual(['u1', 'u2', 'u3']);
      expect(await Docs.exists({ _id: 'a' })).toEqual({ _id: 'a' });
      expect(await Docs.countDocuments({ 'support.0': { $exists: true } })).toBe(2);
    });

    it('$set, $inc, $setOnInsert, replaceOne with upsert, deleteOne with a condition', async () => {
      await Docs.updateOne({ _id: 'a' }, { $set: { 'nested.x': 1 }, $inc: { seq: 10 } });
      expect(await Docs.findById('a').lean()).toMatchObject({ nested: { x: 1 }, seq: 11 });
      await Docs.updateOne({ _id: 'a' }, { $setOnInsert: { seq: 0 } }, { upsert: true });
      expect((await Docs.findById('a').lean())?.seq).toBe(11);
      await Docs.replaceOne({ _id: 'd' }, { _id: 'd', unit: 'u4' }, { upsert: true });
      expect(await Docs.findById('d').lean()).toEqual({ _id: 'd', unit: 'u4' });
      expect((await Docs.deleteOne({ _id: 'd', unit: 'other' })).deletedCount).toBe(0);
      expect((await Docs.deleteOne({ _id: 'd', unit: 'u4' })).deletedCount).toBe(1);
    });
  });
});
