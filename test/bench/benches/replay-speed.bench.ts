import { MongoHistoryArchive } from '@dondoc/audit';
import { connectMongo } from '@dondoc/persistence';
import { historyToPlainJson, writeTaskWorkflowBundle } from '@dondoc/temporal';
import { mongoUriFor } from '@dondoc/testing';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import type { temporal } from '@temporalio/proto';
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HEAD_SO_NOI_VU, vn } from '../../integration/workflows/support/actors';
import { fetchRunChain } from '../../integration/workflows/support/history-chain';
import { TaskWorkflowHarness } from '../../integration/workflows/support/task-workflow-harness';
import type { BenchContext, BenchFigure } from '../support/bench-context';
import { progress, progressDone } from '../support/progress';

type History = temporal.api.history.v1.IHistory;

interface ChildReport {
  years: number;
  events: number;
  failures: number;
  ms: number;
}

/**
 * Replay speed: one-year task histories (every run of a monthly duty through 2022, as
 * continue-as-new leaves them) replayed against the current workflow bundle. Distinct
 * years are produced on the time-skipping server with varied report patterns and stored
 * in the MongoDB history archive, then replayed until at least 500 one-year histories
 * went through (for ours and for the base), by one replayer process per core (an SDK
 * replay worker replays one history at a time on one thread), and by one process alone.
 *  REPLAY       ours: the audit ReplayService over the archive (load, SHA-256 check, decode, replay, chains);
 *  REPLAY-base  the SDK's Worker.runReplayHistories over the same years, decoded in memory
 *               beforehand, nothing of ours around it; measured in the same run, before ours.
 * Beside them, in one process, the SDK alone with a fresh replay worker per pass over the
 * archived years: that / base is what a start-up per pass costs (ours keeps its replay
 * worker between calls, so ours / base is our per-run work: load, SHA-256, decode).
 */
export async function replaySpeed(ctx: BenchContext): Promise<BenchFigure[]> {
  const distinct = ctx.quick ? 3 : 6;
  // 200 each for ours and the base with one replayer per core: ~30 s each, long enough for a
  // steady rate (500 each took 146 s of the 15-minute budget for the same figures).
  const target = ctx.quick ? 60 : 200;
  const years = await produceYears(distinct);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-replay-'));
  const uri = mongoUriFor(`${ctx.runId}_replay`.replace(/-/g, '_'));
  const mongo = await connectMongo({ uri, appName: 'dondoc-bench' });
  try {
    const yearsFile = path.join(dir, 'years.json');
    fs.writeFileSync(yearsFile, JSON.stringify(years.map((runs) => runs.map(historyToPlainJson))));
    const archive = new MongoHistoryArchive(mongo);
    await archive.init();
    for (const [i, runs] of years.entries()) for (const h of runs) await archive.store(`task:replay-year-${i}`, historyToPlainJson(h));
    progressDone(`replay: ${years.length * years[0].length} runs of ${years.length} one-year histories stored in the archive`);
    const bundle = await writeTaskWorkflowBundle(path.join(dir, 'workflows.js'));
    const eventsPerYear = years.map((runs) => runs.reduce((n, h) => n + (h.events?.length ?? 0), 0));
    const env = { REPLAY_YEARS_FILE: yearsFile, REPLAY_BUNDLE: bundle, REPLAY_MONGODB_URI: uri, REPLAY_DISTINCT: String(distinct) };

    const processes = Math.max(1, os.cpus().length);
    // Long enough that a replayer's start-up does not make the one-process rate (the
    // denominator of the scaling) look worse than it is.
    const singleShare = ctx.quick ? 20 : 50;
    const rate = (r: { events: number; seconds: number }) => Math.round(r.events / r.seconds);
    const baseSingle = await replayInProcesses('sdk', 1, singleShare, env, 'REPLAY-base, one process');
    // The SDK alone with a replayer started per pass: what a start-up per pass would cost.
    const passesSingle = await replayInProcesses('sdk-passes', 1, singleShare, env, 'REPLAY-base in passes, one process');
    const oursSingle = await replayInProcesses('service', 1, singleShare, env, 'REPLAY, one process');
    const baseAll = await replayInProcesses('sdk', processes, target, env, `REPLAY-base, ${processes} processes`);
    const oursAll = await replayInProcesses('service', processes, target, env, `REPLAY, ${processes} processes`);
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    const single = { ours: rate(oursSingle), base: rate(baseSingle), passes: rate(passesSingle) };
    const all = { ours: rate(oursAll), base: rate(baseAll) };
    const perProcessRatio = ratio(single.ours, single.base);
    const scaling = ratio(all.ours, single.ours);
    const failures = [baseSingle, passesSingle, oursSingle, baseAll, oursAll].reduce((n, r) => n + r.failures, 0);
    progressDone(
      `REPLAY: one process ${single.ours} vs base ${single.base} events/s (×${perProcessRatio}); ${processes} processes ${all.ours} vs base ${all.base} (×${ratio(all.ours, all.base)}); ours scales ×${scaling}`,
    );
    const shape = `${Math.round(eventsPerYear.reduce((a, b) => a + b, 0) / eventsPerYear.length)} events and ${years[0].length} runs per year; ${distinct} distinct years`;
    return [
      {
        id: 'REPLAY-base',
        name: `replay baseline: Worker.runReplayHistories alone (${processes} processes)`,
        value: all.base,
        unit: 'events/s',
        baseline: `one process: ${single.base} events/s; the same in passes of the ${distinct} archived years with a replay worker started per pass: ${single.passes} events/s; ${shape}`,
        detail: { processes, all: baseAll, singleProcess: baseSingle, singleProcessInPasses: passesSingle },
      },
      {
        id: 'REPLAY',
        name: `replay of archived one-year histories by the audit ReplayService (${processes} replayer processes)`,
        value: all.ours,
        unit: 'events/s',
        goal: '≥ 20,000 events/s; one process ≥ 0.9 × REPLAY-base; two ≥ 1.8 × one',
        met: all.ours >= 20_000 && perProcessRatio >= 0.9 && (processes < 2 || scaling >= 1.8) && failures === 0,
        baseline: `one process: ${single.ours} vs REPLAY-base ${single.base} events/s (×${perProcessRatio}; ×${ratio(single.ours, single.passes)} of the SDK starting a replay worker per pass); ${processes} processes: ×${ratio(all.ours, all.base)} of REPLAY-base, ×${scaling} of one; ${(oursAll.years / oursAll.seconds).toFixed(1)} one-year histories/s; ${failures} failed; ours: one ReplayService.replay({ all }) per pass over the ${distinct} archived years (its replay worker kept between calls), base: one runReplayHistories per process`,
        detail: {
          ...oursAll,
          processes,
          singleProcess: { ...oursSingle, eventsPerSecond: single.ours },
          perProcessRatio,
          scaling,
          distinct,
          failures,
        },
      },
    ];
  } finally {
    await mongo.db?.dropDatabase().catch(() => undefined);
    await mongo.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Replays `total` one-year histories split over `processes` children; wall time from a common start. */
async function replayInProcesses(
  mode: 'sdk' | 'sdk-passes' | 'service',
  processes: number,
  total: number,
  env: Record<string, string>,
  label: string,
) {
  const shares = Array.from({ length: processes }, (_, k) => Math.floor(total / processes) + (k < total % processes ? 1 : 0));
  const progressOf = new Array<number>(processes).fill(0);
  const children = shares.map((share, k) =>
    fork(path.join(__dirname, '../support/replay-child.main.ts'), [], {
      env: { ...process.env, ...env, REPLAY_MODE: mode, REPLAY_SHARE: String(share), REPLAY_OFFSET: String(k * 7) },
      execArgv: ['-r', '@swc-node/register'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  const ready = children.map(
    (child) =>
      new Promise<void>((resolve, reject) => {
        child.on('message', (m: { type?: string }) => m?.type === 'ready' && resolve());
        child.once('exit', (code) => reject(new Error(`replayer exited with ${code} before starting`)));
      }),
  );
  await Promise.all(ready);
  const t0 = Date.now();
  const reports = await Promise.all(
    children.map(
      (child, k) =>
        new Promise<ChildReport>((resolve, reject) => {
          child.on('message', (m: { type?: string; years?: number } & ChildReport) => {
            if (m?.type === 'progress') {
              progressOf[k] = m.years ?? 0;
              const done = progressOf.reduce((a, b) => a + b, 0);
              progress(`${label}: ${done}/${total} one-year histories, ${((done * 1000) / (Date.now() - t0)).toFixed(1)}/s`);
            }
            if (m?.type === 'done') resolve(m);
          });
          child.once('exit', (code) => code !== 0 && reject(new Error(`replayer exited with ${code}`)));
          child.send({ type: 'go' });
        }),
    ),
  );
  const seconds = (Date.now() - t0) / 1000;
  const sum = (f: (r: ChildReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  const result = { years: sum((r) => r.years), events: sum((r) => r.events), failures: sum((r) => r.failures), seconds };
  progressDone(
    `${label}: ${result.years} one-year histories, ${result.events} events in ${seconds.toFixed(1)} s → ${Math.round(result.events / seconds)} events/s`,
  );
  return result;
}

/** Years of one monthly duty with different patterns of late and missing reports. */
async function produceYears(count: number): Promise<History[][]> {
  const years: History[][] = [];
  const h = await TaskWorkflowHarness.start('2022-01-25T02:00:00Z');
  try {
    const handles = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        h.startTask({
          taskId: `replay-year-${i}`,
          directiveId: 'd-907',
          directiveNumber: '907/UBND-NV',
          itemRef: String((i % 6) + 1),
          text: 'Báo cáo định kỳ hằng tháng.',
          leadUnitId: 'so-noi-vu',
          assignedAt: vn('2022-01-25 09:00'),
          schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-12-31' },
        }),
      ),
    );
    await Promise.all(handles.map((handle) => handle.executeUpdate('acknowledge', { args: [{ actor: HEAD_SO_NOI_VU }] })));
    const report = (i: number, month: number) =>
      h.env.client.workflow.getHandle(handles[i].workflowId).executeUpdate<TaskSnapshot, [object]>('reportProgress', {
        args: [{ actor: HEAD_SO_NOI_VU, percent: 100, note: `Tháng ${month}` }],
      });
    for (let month = 2; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      const missing = (i: number) => (month + i) % 5 === 0;
      const late = (i: number) => !missing(i) && (month * 7 + i) % 4 === 0;
      const all = handles.map((_, i) => i);
      // One clock for every year: skip time once, then report (concurrent skips deadlock).
      await h.skipTo(vn(`2022-${mm}-18 10:00`));
      await Promise.all(all.filter((i) => !missing(i) && !late(i)).map((i) => report(i, month)));
      if (all.some(late)) {
        await h.skipTo(vn(`2022-${mm}-27 10:00`));
        await Promise.all(all.filter(late).map((i) => report(i, month)));
      }
      progress(`replay: producing ${count} one-year histories on the time-skipping server, month ${month}/12`, true);
    }
    for (const handle of handles) {
      await h.env.client.workflow.getHandle(handle.workflowId).result();
      years.push((await fetchRunChain(h.env.client, handle.workflowId, handle.firstExecutionRunId)).map((r) => r.history));
    }
  } finally {
    await h.teardown();
  }
  return years;
}
