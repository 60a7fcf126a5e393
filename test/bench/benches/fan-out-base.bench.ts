import { TASK_FOLLOW_UP_WORKFLOW, taskWorkflowId } from '@dondoc/task-follow-up';
import type { BenchContext, BenchFigure } from '../support/bench-context';
import { progress, progressDone } from '../support/progress';
import { seedLikeInput } from '../support/task-inputs';
import { WorkerProcess } from '../support/worker-process';

/** The national fan-out: 3,321 commune-level units × 6 items (BENCH_QUICK: 170 units, within today's 200 lead units per item). */
export const FANOUT_ITEMS = 6;
export const fanOutUnits = (ctx: BenchContext) => (ctx.quick ? 170 : 3_321);

/**
 * FANOUT-base: the workflows one national directive starts (3,321 communes × 6 items ≈
 * 20,000), started by bare client.workflow.start calls at C's best concurrency from this
 * run, with a worker serving the queue as in C. What FANOUT (one directive issued through
 * dondoc) is compared with: the same number of starts with nothing of ours before them.
 */
export async function fanOutBase(ctx: BenchContext, previous: BenchFigure[]): Promise<BenchFigure> {
  const total = fanOutUnits(ctx) * FANOUT_ITEMS;
  const c = previous.find((f) => f.id === 'C');
  const fromC = (c?.detail as { bestConcurrency?: number } | undefined)?.bestConcurrency;
  // Without C in this run (BENCH_ONLY=FANOUT), C's usual best: the figure says which.
  const concurrency = fromC ?? (ctx.quick ? 32 : 128);
  const taskQueue = `${ctx.runId}-fanout-base`;
  const worker = await WorkerProcess.start({ BENCH_TASK_QUEUE: taskQueue, BENCH_MAX_CACHED_WORKFLOWS: '2000' });
  let started = 0;
  let seconds = Number.NaN;
  const t0 = Date.now();
  try {
    let next = 0;
    const loop = async () => {
      while (next < total) {
        const i = next++;
        await ctx.client.workflow.start(TASK_FOLLOW_UP_WORKFLOW, {
          taskQueue,
          workflowId: taskWorkflowId(`${ctx.runId}-fanout-base-${i}`),
          args: [seedLikeInput(`${ctx.runId}-fanout-base`, i)],
        });
        started++;
        progress(`FANOUT-base: ${started}/${total} started, ${Math.round((started * 1000) / (Date.now() - t0))}/s`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, loop));
    seconds = (Date.now() - t0) / 1000; // before the worker stops: its shutdown can take half a minute
  } finally {
    await worker.stop();
  }
  const perSecond = Math.round((started / seconds) * 10) / 10;
  progressDone(`FANOUT-base: ${started} workflows in ${seconds.toFixed(1)} s at concurrency ${concurrency} → ${perSecond}/s`);
  return {
    id: 'FANOUT-base',
    name: `fan-out baseline: ${total} bare client.workflow.start calls`,
    value: Math.round(seconds * 10) / 10,
    unit: `s (${perSecond} workflows/s)`,
    // C's rate says what these starts should take: far off, the base itself was disturbed.
    baseline: `concurrency ${concurrency} (${fromC ? `C's best in this run, ${c?.value} workflows/s: ${total} at C would take ${Math.round((total / (c?.value ?? 1)) * 10) / 10} s` : 'C not run: its usual best'})`,
    detail: { total, concurrency, concurrencyFromC: fromC !== undefined, seconds, perSecond },
  };
}
