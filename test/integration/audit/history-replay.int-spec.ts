// Archived histories replayed against the current workflow bundle: the golden set of
// every released version passes (and gives the replay speed for the note), a
// fixture changed without patched() fails naming the diverging event, and a history
// altered in the database is caught by its SHA-256 instead of being replayed.
import { MongoHistoryArchive, ReplayService, type ReplayProgress } from '@dondoc/audit';
import { connectMongo } from '@dondoc/persistence';
import { bundleTaskWorkflows } from '@dondoc/temporal';
import { Worker } from '@temporalio/worker';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection } from 'mongoose';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { archiveGoldenHistories, goldenHistories } from './support/golden-archive';

jest.setTimeout(180_000);

const CHANGED_WITHOUT_PATCH = path.resolve(__dirname, '../workflows/fixtures/task-follow-up-changed-without-patch.workflow.ts');

describe('replay of archived histories', () => {
  let connection: Connection;
  let archive: MongoHistoryArchive;

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('audit-replay')) });
    archive = new MongoHistoryArchive(connection);
    await archive.init();
    await archiveGoldenHistories(archive);
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('archives each golden run once, compressed, with what the history says about it', async () => {
    const [first] = goldenHistories();
    const again = await archive.store(first.workflowId, first.history);
    expect(again.created).toBe(false);
    const all = await archive.list({ all: true });
    expect(all).toHaveLength(goldenHistories().length);
    const duty = all.filter((m) => m.workflowId === 'task:golden-duty');
    expect(duty.map((m) => m.runIndex)).toEqual([0, 1, 2]);
    expect(duty[1].previousRunId).toBe(duty[0].runId);
    expect(duty[0].nextRunId).toBe(duty[1].runId);
    for (const meta of all) {
      expect(meta).toMatchObject({
        encoding: 'gzip',
        closeType: expect.any(String),
        directiveId: expect.any(String),
        taskId: expect.any(String),
      });
      expect(meta.storedBytes).toBeLessThan(meta.sizeBytes / 3);
    }
  });

  it('replays every golden history deterministically, with progress, and reports the speed', async () => {
    const progress: ReplayProgress[] = [];
    const replay = new ReplayService(archive, () => bundleTaskWorkflows());
    await bundleTaskWorkflows(); // built once, outside the timing
    const report = await replay.replay({ all: true }, { onProgress: (p) => progress.push(p) });
    expect(report.runs.filter((r) => !r.deterministic)).toEqual([]);
    expect(report).toMatchObject({ ok: true, failed: 0, total: goldenHistories().length });
    expect(progress.map((p) => p.done)).toEqual(goldenHistories().map((_, i) => i + 1));
    const duty = report.chains.find((c) => c.taskId === 'golden-duty' || c.runIds.length === 3);
    expect(duty).toMatchObject({ linked: true, ok: true });
    // Once more, with the replay machinery warm (as in a long replay of many runs).
    const warm = await replay.replay({ all: true });
    expect(warm.ok).toBe(true);
    console.log(
      `replay speed on the golden set (${report.events} events, ${report.total} runs, histories read from MongoDB): ` +
        `first ${report.durationMs} ms = ${report.eventsPerSecond} events/s; again ${warm.durationMs} ms = ${warm.eventsPerSecond} events/s`,
    );
  });

  it('keeps one replay worker between calls while the code is the same, whatever object brings it', async () => {
    const { code } = await bundleTaskWorkflows();
    const starts = jest.spyOn(Worker, 'runReplayHistories');
    try {
      // A source that reads the bundle anew on every call (as a file read would).
      const replay = new ReplayService(archive, async () => ({ code: code.slice() }));
      expect((await replay.replay({ all: true })).ok).toBe(true);
      expect((await replay.replay({ all: true })).ok).toBe(true);
      expect(starts).toHaveBeenCalledTimes(1);
      await replay.close();
      // Closed, it starts one again for the next call.
      expect((await replay.replay({ taskId: 'golden-deadline' })).ok).toBe(true);
      expect(starts).toHaveBeenCalledTimes(2);
      await replay.close();
    } finally {
      starts.mockRestore();
    }
  });

  it("replays a unit's tasks as whole chains", async () => {
    const report = await new ReplayService(archive, () => bundleTaskWorkflows()).replay({ unitId: 'so-tu-phap' });
    // so-tu-phap leads the deadline task, and took over the refused one when it was reassigned.
    expect(report.chains.map((c) => c.taskId)).toEqual(['golden-deadline', 'golden-refused']);
    expect(report.ok).toBe(true);
  });

  it('fails for a workflow changed without patched(), naming the first diverging event', async () => {
    const replay = new ReplayService(archive, () => bundleTaskWorkflows(CHANGED_WITHOUT_PATCH));
    const report = await replay.replay({ all: true });
    expect(report.ok).toBe(false);
    expect(report.failed).toBe(report.total);
    for (const run of report.runs) {
      expect(run.deterministic).toBe(false);
      expect(run.divergence).toMatchObject({ eventId: expect.any(Number), eventType: expect.any(String) });
    }
    console.log(`divergence reported: ${JSON.stringify(report.runs[0].divergence)}`);
  });

  it('detects an archived history altered in the database and does not replay it', async () => {
    const [victim] = await archive.list({ all: true });
    const original = (await archive.historyBytes(victim.runId))?.json.toString('utf8') ?? '';
    const altered = original.replace('"EVENT_TYPE_TIMER_FIRED"', '"EVENT_TYPE_TIMER_CANCELED"');
    expect(altered).not.toBe(original);
    await connection
      .collection('audit_histories')
      .updateOne({ _id: victim.runId as never }, { $set: { body: gzipSync(Buffer.from(altered)) } });

    expect(await archive.checkIntegrity(victim.runId)).toMatchObject({ ok: false, runId: victim.runId, expectedSha256: victim.sha256 });
    const others = (await archive.list({ all: true })).filter((m) => m.runId !== victim.runId);
    for (const other of others) expect(await archive.checkIntegrity(other.runId)).toMatchObject({ ok: true });

    const report = await new ReplayService(archive, () => bundleTaskWorkflows()).replay({ taskId: victim.taskId ?? '' });
    expect(report.runs.find((r) => r.runId === victim.runId)).toMatchObject({ intact: false, deterministic: false });
    expect(report.ok).toBe(false);
  });
});
