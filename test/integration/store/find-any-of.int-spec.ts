// findAnyOf (libs/persistence) answers a sorted, paged `$in` query with one indexed query per
// value when the store's planner would scan: its pages must equal the plain `$in` query's.
import { connectMongo, findAnyOf } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import { Schema, type Connection } from 'mongoose';

jest.setTimeout(60_000);

interface Row {
  _id: string;
  units: string[];
  status: string;
  due: string | null;
  n: number;
}

describe('findAnyOf', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('any-of').replace(/-/g, '_')) });
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('gives the same pages as the plain $in query, rows in several values once', async () => {
    const schema = new Schema<Row>({ _id: String, units: [String], status: String, due: String, n: Number }, { versionKey: false });
    schema.index({ units: 1, status: 1 });
    const Rows = connection.model<Row>('AnyOfRow', schema);
    await Rows.init();
    let seed = 7;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
    await Rows.insertMany(
      Array.from({ length: 600 }, (_, i) => ({
        _id: `r${String(i).padStart(4, '0')}`,
        units: Array.from(new Set([`u${rnd(6)}`, `u${rnd(6)}`])),
        status: ['open', 'done'][rnd(2)],
        due: rnd(5) === 0 ? null : `2026-0${1 + rnd(9)}-1${rnd(10)}`,
        n: rnd(50),
      })),
    );
    const sort = { due: -1, n: 1, _id: 1 } as const;
    for (const [values, rest] of [
      [['u1', 'u2', 'u3'], { status: 'open' }],
      [['u0', 'u5'], {}],
      [['u4'], { status: 'done' }],
    ] as const) {
      for (const [skip, limit] of [
        [0, 20],
        [35, 10],
        [0, 1000],
      ]) {
        const expected = await Rows.find({ ...rest, units: { $in: values } })
          .sort(sort)
          .skip(skip)
          .limit(limit)
          .lean();
        const got = await findAnyOf(Rows, { field: 'units', values, rest, sort, skip, limit });
        expect(got.map((r) => r._id)).toEqual(expected.map((r) => r._id));
        if (skip === 0) expect(got.length).toBeGreaterThan(0);
      }
    }
  });
});
