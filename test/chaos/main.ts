// npm run chaos -- --runs N --seed S [--first R] [--directives D] [--items I]
// --first R starts at run R (its seed is S·1000+R, as in a longer run), so one run of a series
// can be replayed alone: `--runs 1 --seed 2026 --first 18` repeats run 18 of the 20 of seed 2026.
import * as os from 'node:os';
import * as path from 'node:path';
import { runChaos } from './chaos-run';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} cần một số nguyên dương (expected a positive whole number)`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const runs = arg('runs', 1);
  const seed = arg('seed', 1);
  const first = arg('first', 1);
  const started = Date.now();
  const results = await runChaos({
    runs,
    first,
    seed,
    directives: arg('directives', 2),
    items: arg('items', 5),
    faultWindowMs: 30_000,
    ackWithinMs: 25_000,
    recoveryTimeoutMs: 180_000,
    home: path.join(os.tmpdir(), `dondoc-chaos-${process.pid}`),
    log: (line) => console.log(line),
  });
  const violations = results.reduce((n, r) => n + r.violations.length, 0);
  const recoveries = results.map((r) => r.recoveryMs).filter((x): x is number => x !== null);
  const faults = results.reduce((n, r) => n + r.faults.length, 0);
  const byTarget = new Map<string, number>();
  for (const f of results.flatMap((r) => r.faults)) byTarget.set(f.target, (byTarget.get(f.target) ?? 0) + 1);
  console.log(
    `[chaos] summary: ${results.length} run(s), seed ${seed}, ${results.reduce((n, r) => n + r.tasks, 0)} tasks, ${faults} faults (${[...byTarget].map(([t, n]) => `${t} ${n}`).join(', ')}), ` +
      `${violations} violation(s), recovery max ${recoveries.length ? (Math.max(...recoveries) / 1000).toFixed(1) : '-'} s, median ${
        recoveries.length ? (recoveries.sort((a, b) => a - b)[Math.floor(recoveries.length / 2)] / 1000).toFixed(1) : '-'
      } s, ${recoveries.length}/${results.length} recovered, ${((Date.now() - started) / 60_000).toFixed(1)} min`,
  );
  process.exit(violations === 0 && recoveries.length === results.length && recoveries.every((ms) => ms <= 30_000) ? 0 : 1);
}

void main();
