// `npm run bench`: benchmarks against the local servers (never part of npm test). Prints
// a table, writes JSON with the machine and versions to test/bench/results/.
//   BENCH_ONLY=C,ESC   run some benchmarks only (C, PIPELINE, ESC, MEM, REPLAY, FANOUT, STORE, WEB)      BENCH_QUICK=1   a short smoke run
//   DONDOC_CPU_PROF_DIR=dir   the apps write V8 CPU profiles there when they stop
// Each figure has its baseline measured in the same run beside it, with the ratio: C for T,
// E and LAT; ESC-base, REPLAY-base and FANOUT-base (measured by ESC, REPLAY and FANOUT).
// Budget: the whole run within 15 minutes on 2 cores; every benchmark's own time is printed
// and kept in the JSON (`benchSeconds`), so the one that grows is seen.
import { connectTemporalClient } from '@dondoc/temporal';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the worker app's own default cache bound is what MEM measures
import { loadWorkerConfig } from '../../apps/worker/src/worker.config';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escalationLag } from './benches/escalation-lag.bench';
import { fanOut } from './benches/fan-out.bench';
import { openTaskMemory } from './benches/open-task-memory.bench';
import { pipeline } from './benches/pipeline.bench';
import { rawStartCeiling } from './benches/raw-start-ceiling.bench';
import { replaySpeed } from './benches/replay-speed.bench';
import { storeBench } from './benches/store.bench';
import { webSpeed } from './benches/web-speed.bench';
import { dropDatabase } from '../e2e/support/dondoc-stack';
import type { BenchContext, BenchFigure } from './support/bench-context';
import { terminateRunWorkflows } from './support/cleanup';
import { describeMachine } from './support/machine';
import { serverSettings } from './support/server-settings';
import { serverVersions } from './support/server-versions';

// In this order: the pipeline and the fan-out compare themselves with C from the same run.
const BENCHES: Record<string, (ctx: BenchContext, previous: BenchFigure[]) => Promise<BenchFigure | BenchFigure[]>> = {
  C: rawStartCeiling,
  PIPELINE: pipeline,
  ESC: escalationLag,
  MEM: openTaskMemory,
  REPLAY: replaySpeed,
  FANOUT: fanOut,
  STORE: storeBench,
  WEB: webSpeed,
};

async function main(): Promise<void> {
  const only = (process.env.BENCH_ONLY ?? Object.keys(BENCHES).join(',')).split(',').map((s) => s.trim());
  const unknown = only.filter((id) => !BENCHES[id]);
  if (unknown.length) throw new Error(`unknown benchmark(s): ${unknown.join(', ')} (known: ${Object.keys(BENCHES).join(', ')})`);
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'dondoc';
  const client = await connectTemporalClient({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233', namespace });
  const runId = `bench-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const ctx: BenchContext = { client, namespace, runId, quick: process.env.BENCH_QUICK === '1', only };
  const started = Date.now();
  const figures: BenchFigure[] = [];
  const failed: { id: string; error: string }[] = [];
  const benchSeconds: Record<string, number> = {};
  /** A benchmark's time, on the first row it printed. */
  const timeOf = new Map<BenchFigure, number>();
  let askedVersions: Record<string, string> = {};
  try {
    for (const id of only) {
      process.stderr.write(`\n== ${id} ==\n`);
      // One benchmark's failure is reported and the others still run: a 15-minute run
      // should not be lost to one refused request.
      const t0 = Date.now();
      const from = figures.length;
      try {
        figures.push(...[await BENCHES[id](ctx, figures)].flat());
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        failed.push({ id, error });
        process.stderr.write(`${id} failed: ${e instanceof Error ? e.stack : e}\n`);
      }
      benchSeconds[id] = Math.round((Date.now() - t0) / 1000);
      if (figures.length > from) timeOf.set(figures[from], benchSeconds[id]);
      process.stderr.write(`== ${id}: ${benchSeconds[id]} s ==\n`);
    }
  } finally {
    if (ctx.storeData) await dropDatabase(ctx.storeData.mongoUri);
    askedVersions = await serverVersions(client).catch((e) => ({ error: String(e) }));
    await terminateRunWorkflows(client, namespace, runId).catch((e) => process.stderr.write(`cleanup failed: ${e}\n`));
    await client.connection.close();
  }
  const durationSeconds = Math.round((Date.now() - started) / 1000);
  const result = {
    runId,
    quick: ctx.quick,
    durationSeconds,
    benchSeconds,
    machine: describeMachine(),
    versions: { temporalCli: 'v1.5.1 (server 1.29.1)', kafka: '4.1.1', temporalSdk: '1.24.0', asked: askedVersions },
    // Read from the running servers' command lines, not written here (see server-settings.ts).
    settings: {
      ...serverSettings(askedVersions.store ?? 'unknown'),
      worker: `apps/worker defaults: maxCachedWorkflows ${loadWorkerConfig({}).WORKER_MAX_CACHED_WORKFLOWS}`,
    },
    figures,
    failed,
  };
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${runId}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2));
  printTable(figures, timeOf);
  printDurations(benchSeconds, durationSeconds);
  for (const f of failed) process.stdout.write(`FAILED ${f.id}: ${f.error}\n`);
  process.stdout.write(`\nresults: ${path.relative(process.cwd(), file)} (${durationSeconds} s)\n`);
  if (failed.length) process.exitCode = 1;
}

function printTable(figures: BenchFigure[], timeOf: Map<BenchFigure, number>): void {
  const rows = figures.map((f) => [
    f.id,
    f.name,
    Number.isNaN(f.value) ? f.unit : `${f.value} ${f.unit}`,
    f.goal ?? '',
    f.met === undefined ? '' : f.met ? 'met' : 'MISSED',
    timeOf.has(f) ? `${timeOf.get(f)} s` : '',
    f.baseline ?? '',
  ]);
  const header = ['id', 'benchmark', 'figure', 'goal', '', 'time', 'baseline'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
}

/** Each benchmark's own time: the full run must stay within 15 minutes on 2 cores. */
function printDurations(benchSeconds: Record<string, number>, total: number): void {
  const parts = Object.entries(benchSeconds).map(([id, seconds]) => `${id} ${seconds} s`);
  process.stdout.write(`\ntime: ${parts.join(', ')}; whole run ${total} s (budget of a full run: 900 s)\n`);
}

main().catch((e) => {
  process.stderr.write(`benchmark failed: ${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
