// Store conformance, known defects of the local default (SecantusDB 0.7.0b3), each with the
// way dondoc's code avoids it. On any other server (MongoDB, a managed cluster) these are
// ordinary checks that must pass; on SecantusDB they are marked `failing`, so the day a
// release fixes one, this spec says so and the workaround can go.
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection } from 'mongoose';

jest.setTimeout(60_000);

describe('store conformance: range bounds on a compound index', () => {
  let connection: Connection;
  let secantus = false;
  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('defects').replace(/-/g, '_')) });
    // SecantusDB reports MongoDB's version; it names its one-node replica set 'secantus'.
    const hello = await connection.getClient().db('admin').command({ hello: 1 });
    secantus = hello.setName === 'secantus';
    const cells = connection.collection('cells');
    await cells.createIndex({ unitId: 1, period: 1, taskId: 1 });
    await cells.insertMany([
      { _id: 'a' as never, unitId: 'u', period: '2026-01', taskId: 't' },
      { _id: 'b' as never, unitId: 'u', period: '2026-12', taskId: 't' },
    ]);
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });
  const periods = async (filter: object) => (await connection.collection('cells').find(filter).toArray()).map((d) => d.period).sort();

  it('includes both ends of a $gte/$lt range (what EvaluationRepository.matrix sends)', async () => {
    expect(await periods({ unitId: 'u', period: { $gte: '2026-01', $lt: '2027-01' } })).toEqual(['2026-01', '2026-12']);
  });

  it('treats $lte on a non-leading compound-index field as inclusive (SecantusDB 0.7.0b3 drops the bound: known defect)', async () => {
    const run = async () =>
      expect(await periods({ unitId: 'u', period: { $gte: '2026-01', $lte: '2026-12' } })).toEqual(['2026-01', '2026-12']);
    if (!secantus) return run();
    await expect(run()).rejects.toThrow(); // the defect is still there; when this fails, it is fixed
  });
});
