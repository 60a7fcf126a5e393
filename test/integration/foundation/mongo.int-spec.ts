// Proves mongoose 9 (MongoDB driver 7) against the MongoDB-wire store: create, read, a
// conditional update, and a unique index that is really enforced, also under concurrency.
// The store's full conformance suite is test/integration/store/.
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import { Schema, type Connection } from 'mongoose';

jest.setTimeout(60_000);

interface Counter {
  key: string;
  value: number;
  status: 'open' | 'closed';
}

const counterSchema = new Schema<Counter>({
  key: { type: String, required: true, unique: true },
  value: { type: Number, required: true },
  status: { type: String, required: true, enum: ['open', 'closed'] },
});

describe('MongoDB wire server with mongoose', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('foundation').replace(/-/g, '_')) });
  });

  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('creates, reads, updates with a condition (one writer), and enforces a unique index', async () => {
    const Counters = connection.model<Counter>('Counter', counterSchema);
    await Counters.init(); // builds the unique index

    const created = await Counters.create({ key: 'task-1', value: 0, status: 'open' });
    expect((await Counters.findById(created._id).lean())?.value).toBe(0);

    // Two conditional increments: the second matches nothing once the first closed it.
    const first = await Counters.findOneAndUpdate(
      { key: 'task-1', status: 'open' },
      { $inc: { value: 1 }, $set: { status: 'closed' } },
      { returnDocument: 'after' },
    ).lean();
    expect(first).toMatchObject({ value: 1, status: 'closed' });
    const second = await Counters.findOneAndUpdate(
      { key: 'task-1', status: 'open' },
      { $inc: { value: 1 } },
      { returnDocument: 'after' },
    ).lean();
    expect(second).toBeNull();

    await expect(Counters.create({ key: 'task-1', value: 5, status: 'open' })).rejects.toMatchObject({ code: 11000 });
    expect(await Counters.countDocuments({ key: 'task-1' })).toBe(1);
  });

  // Unique-index inserts are exclusive under concurrency (idempotent consumers rely on it).
  it('lets exactly one of many concurrent inserts of the same key win', async () => {
    const Claims = connection.model<Counter>('Claim', counterSchema);
    await Claims.init();
    for (let round = 0; round < 10; round++) {
      const key = `claim-${round}`;
      const attempts = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => Claims.create({ key, value: i, status: 'open' })));
      expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
      expect(await Claims.countDocuments({ key })).toBe(1);
    }
  });
});
