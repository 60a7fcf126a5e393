// Proves mongoose 9 (MongoDB driver 7) against FerretDB 1.24: create, read, a conditional
// atomic update, and a unique index that is really enforced.
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

  it('creates, reads, updates atomically with a condition, and enforces a unique index', async () => {
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
});
