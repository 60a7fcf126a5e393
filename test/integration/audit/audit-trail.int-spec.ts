// The audit trail in a real MongoDB-wire server (FerretDB): concurrent appends do not
// fork a chain, and editing, deleting, inserting or swapping any single entry directly
// in the database is reported at exactly that entry.
import { MongoAuditTrail, nextEntry, verifyChain, type AuditEntry, type AuditEntryInput } from '@dondoc/audit';
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection } from 'mongoose';

jest.setTimeout(120_000);

const LENGTH = 8;
const CHECKPOINT_EVERY = 4;

describe('audit trail in MongoDB', () => {
  let connection: Connection;
  let trail: MongoAuditTrail;

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('audit-trail')) });
    trail = new MongoAuditTrail(connection, { checkpointEvery: CHECKPOINT_EVERY });
    await trail.init();
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  const raw = () => connection.collection('audit_entries');
  const entry = (directiveId: string, i: number): AuditEntryInput => ({
    directiveId,
    taskId: `${directiveId}-t1`,
    who: i % 2 ? 'so-noi-vu.giamdoc' : 'system',
    role: i % 2 ? 'unit-head' : 'system',
    unit: 'so-noi-vu',
    what: i % 2 ? 'task.progress-reported' : 'task.reminded',
    when: new Date(Date.UTC(2022, 1, 1, i)).toISOString(),
    requestId: `req-${i}`,
    details: { i, ghiChu: `Báo cáo lần ${i}` },
  });

  async function seedChain(directiveId: string): Promise<AuditEntry[]> {
    const written: AuditEntry[] = [];
    for (let i = 1; i <= LENGTH; i++) written.push(await trail.append(entry(directiveId, i)));
    return written;
  }

  async function firstProblem(directiveId: string) {
    const result = verifyChain({
      directiveId,
      entries: await trail.entries(directiveId),
      checkpoints: await trail.checkpoints(directiveId),
    });
    return result.firstProblem && { kind: result.firstProblem.kind, seq: result.firstProblem.seq };
  }

  it('appends concurrently without forking the chain, checkpoints every N, and records a source once', async () => {
    const directiveId = uniqueName('d-concurrent');
    const written = await Promise.all(Array.from({ length: 12 }, (_, i) => trail.append(entry(directiveId, i + 1))));
    expect(written.map((e) => e.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const verification = verifyChain({
      directiveId,
      entries: await trail.entries(directiveId),
      checkpoints: await trail.checkpoints(directiveId),
    });
    expect(verification).toMatchObject({ ok: true, entries: 12, checkpointsChecked: 3 });

    const once = { ...entry(directiveId, 99), sourceId: 'task:t1:r5:task.acknowledged' };
    const [a, b] = await Promise.all([trail.append(once), trail.append(once)]);
    expect(a.seq).toBe(b.seq);
    expect(await trail.entries(directiveId)).toHaveLength(13);
  });

  it('refuses an entry without who/what, naming the field', async () => {
    await expect(trail.append({ ...entry('d-x', 1), who: '' })).rejects.toThrow('who must be a non-empty string');
  });

  for (let k = 1; k <= LENGTH; k++) {
    it(`detects entry ${k} edited in the database`, async () => {
      const directiveId = uniqueName(`d-edit-${k}`);
      await seedChain(directiveId);
      await raw().updateOne({ directiveId, seq: k }, { $set: { who: 'ke-gian', 'details.i': 0 } });
      expect(await firstProblem(directiveId)).toEqual({ kind: 'edited', seq: k });
    });

    it(`detects entry ${k} deleted from the database`, async () => {
      const directiveId = uniqueName(`d-delete-${k}`);
      await seedChain(directiveId);
      await raw().deleteOne({ directiveId, seq: k });
      expect(await firstProblem(directiveId)).toEqual({ kind: 'removed', seq: k });
    });

    it(`detects an entry inserted at ${k} (later entries renumbered, valid hash forged)`, async () => {
      const directiveId = uniqueName(`d-insert-${k}`);
      const written = await seedChain(directiveId);
      for (let seq = LENGTH; seq >= k; seq--) await raw().updateOne({ directiveId, seq }, { $set: { seq: seq + 1 } });
      const forged = nextEntry(written[k - 2], { ...entry(directiveId, 50), who: 'ke-gian', what: 'task.completed' });
      await raw().insertOne({ ...forged, dedupKey: forged.hash, recordedAt: new Date().toISOString() });
      expect(await firstProblem(directiveId)).toEqual({ kind: 'inserted', seq: k });
    });

    if (k < LENGTH) {
      it(`detects entries ${k} and ${k + 1} swapped`, async () => {
        const directiveId = uniqueName(`d-swap-${k}`);
        await seedChain(directiveId);
        await raw().updateOne({ directiveId, seq: k }, { $set: { seq: -1 } });
        await raw().updateOne({ directiveId, seq: k + 1 }, { $set: { seq: k } });
        await raw().updateOne({ directiveId, seq: -1 }, { $set: { seq: k + 1 } });
        expect(await firstProblem(directiveId)).toEqual({ kind: 'reordered', seq: k });
      });
    }
  }
});
