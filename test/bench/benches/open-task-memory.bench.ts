// eslint-disable-next-line @nx/enforce-module-boundaries -- the worker app's own default cache bound is what MEM measures
import { loadWorkerConfig, workflowHeapMiB } from '../../../apps/worker/src/worker.config';
import { TASK_FOLLOW_UP_WORKFLOW, taskWorkflowId } from '@dondoc/task-follow-up';
import type { BenchContext, BenchFigure } from '../support/bench-context';
import { progress, progressDone } from '../support/progress';
import { seedLikeInput } from '../support/task-inputs';
import { WorkerProcess } from '../support/worker-process';

const MiB = 2 ** 20;

/**
 * Worker RSS and heap with 10,000 open task workflows and a bounded workflow cache:
 * every workflow has run its first task (its facts were recorded) and sleeps on timers.
 * Baseline: the same worker, idle, before any workflow.
 */
export async function openTaskMemory(ctx: BenchContext): Promise<BenchFigure> {
  const count = ctx.quick ? 1_000 : 10_000;
  // The worker app's default unless BENCH_MEM_CACHE asks for another bound.
  const defaults = loadWorkerConfig({});
  const cache = Number(process.env.BENCH_MEM_CACHE ?? defaults.WORKER_MAX_CACHED_WORKFLOWS);
  // The workflow thread's heap bound the worker app would set for that cache.
  const heapMiB = Number(process.env.BENCH_MEM_HEAP_MIB ?? workflowHeapMiB({ ...defaults, WORKER_MAX_CACHED_WORKFLOWS: cache }));
  const taskQueue = `${ctx.runId}-memory`;
  const worker = await WorkerProcess.start({
    BENCH_TASK_QUEUE: taskQueue,
    BENCH_MAX_CACHED_WORKFLOWS: String(cache),
    BENCH_WORKFLOW_HEAP_MIB: String(heapMiB),
  });
  try {
    const idle = await worker.memory();
    let started = 0;
    let next = 0;
    const loop = async () => {
      while (next < count) {
        const i = next++;
        await ctx.client.workflow.start(TASK_FOLLOW_UP_WORKFLOW, {
          taskQueue,
          workflowId: taskWorkflowId(`${ctx.runId}-m-${i}`),
          args: [seedLikeInput(`${ctx.runId}-m`, i)],
        });
        started++;
        progress(`memory: ${started}/${count} workflows started`);
      }
    };
    await Promise.all(Array.from({ length: 64 }, loop));
    progressDone(`memory: ${count} workflows started`);
    // Wait until the worker has run every first workflow task (each records its facts once).
    const deadline = Date.now() + 10 * 60_000;
    let m = await worker.memory();
    while (m.facts < count && Date.now() < deadline) {
      progress(`memory: ${m.facts}/${count} first workflow tasks done, rss ${(m.rss / MiB).toFixed(0)} MiB`);
      await new Promise((r) => setTimeout(r, 1000));
      m = await worker.memory();
    }
    progressDone(`memory: ${m.facts >= count ? 'all' : m.facts} first workflow tasks done`);
    return {
      id: 'MEM',
      name: `worker memory with ${count.toLocaleString('en')} open tasks (cache ${cache}, workflow heap ≤ ${heapMiB} MiB)`,
      value: Math.round(m.rss / MiB),
      unit: 'MiB RSS',
      goal: '≤ 1024 MiB',
      met: m.rss <= 1024 * MiB,
      baseline: `idle worker: ${Math.round(idle.rss / MiB)} MiB RSS, ${Math.round(idle.heapUsed / MiB)} MiB heap`,
      detail: {
        openTasks: count,
        workflowCache: cache,
        workflowHeapMiB: heapMiB,
        rssMiB: m.rss / MiB,
        heapUsedMiB: m.heapUsed / MiB,
        heapTotalMiB: m.heapTotal / MiB,
        idle,
      },
    };
  } finally {
    await worker.stop();
  }
}
