import { TASK_FOLLOW_UP_WORKFLOW, taskWorkflowId } from '@dondoc/task-follow-up';
import type { BenchContext, BenchFigure } from '../support/bench-context';
import { progress, progressDone } from '../support/progress';
import { seedLikeInput } from '../support/task-inputs';
import { WorkerProcess } from '../support/worker-process';

/**
 * C, the raw ceiling: a bare loop of client.workflow.start of the task workflow with a
 * realistic input (a worker serving the queue, as in production), at several
 * concurrencies; the best rate sustained over the window is the ceiling the dondoc
 * pipeline is compared with.
 */
export async function rawStartCeiling(ctx: BenchContext): Promise<BenchFigure> {
  const windowMs = ctx.quick ? 5_000 : 30_000;
  const concurrencies = ctx.quick ? [8, 32] : [32, 128];
  const taskQueue = `${ctx.runId}-ceiling`;
  const worker = await WorkerProcess.start({ BENCH_TASK_QUEUE: taskQueue, BENCH_MAX_CACHED_WORKFLOWS: '2000' });
  const sweep: { concurrency: number; started: number; perSecond: number }[] = [];
  try {
    for (const concurrency of concurrencies) {
      let started = 0;
      let next = 0;
      const deadline = Date.now() + windowMs;
      const t0 = Date.now();
      const loop = async () => {
        while (Date.now() < deadline) {
          const i = next++;
          await ctx.client.workflow.start(TASK_FOLLOW_UP_WORKFLOW, {
            taskQueue,
            workflowId: taskWorkflowId(`${ctx.runId}-c${concurrency}-${i}`),
            args: [seedLikeInput(`${ctx.runId}-c${concurrency}`, i)],
          });
          started++;
          progress(`C: concurrency ${concurrency}: ${started} started, ${Math.round((started * 1000) / (Date.now() - t0))}/s`);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, loop));
      const perSecond = (started * 1000) / (Date.now() - t0);
      sweep.push({ concurrency, started, perSecond: Math.round(perSecond * 10) / 10 });
      progressDone(`C: concurrency ${concurrency}: ${started} workflows in ${windowMs / 1000}s → ${perSecond.toFixed(1)}/s`);
    }
  } finally {
    await worker.stop();
  }
  const best = sweep.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
  return {
    id: 'C',
    name: 'raw ceiling: client.workflow.start loop',
    value: best.perSecond,
    unit: 'workflows/s',
    baseline: `best of concurrency ${sweep.map((s) => s.concurrency).join('/')} over ${windowMs / 1000}s each`,
    detail: { sweep, bestConcurrency: best.concurrency },
  };
}
