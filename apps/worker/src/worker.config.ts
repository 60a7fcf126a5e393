import { serviceEnv } from '@dondoc/app-kit';
import { loadConfig, optionalPositiveInt, positiveInt } from '@dondoc/config';
import { defaultWorkflowHeapMiB } from '@dondoc/temporal';
import type { z } from 'zod';

export const workerEnv = serviceEnv.extend({
  /**
   * Workflows kept in memory between tasks; the rest are replayed from history when woken
   * (a task sleeps for weeks between events, and its replay takes milliseconds). Measured
   * with 10,000 open tasks (npm run bench, MEM, workflow heap bounded as below): 500 kept
   * the worker at 944–977 MiB RSS (two runs); unbounded, 100 at 783 MiB and 500 at 1,175 MiB.
   */
  WORKER_MAX_CACHED_WORKFLOWS: positiveInt(500),
  /**
   * The workflow thread's V8 heap limit in MiB. Unset: 256 + half a MiB per cached workflow
   * (506 for the default cache), see `defaultWorkflowHeapMiB`. Without a bound the thread's
   * heap grows towards the process's limit before V8 collects, and the worker's RSS with it.
   */
  WORKER_WORKFLOW_HEAP_MIB: optionalPositiveInt(),
  /**
   * How long a workflow task waits on this worker's own (sticky) queue before the server
   * offers it to any worker of the task queue. A worker killed -9 never says goodbye, so
   * every task woken for its workflows waits this long first: the SDK's 10 s made a worker
   * restart in the chaos runs leave due escalations unnoticed for 10 s and more (test/chaos,
   * run 18 of seed 2026). On a living worker a task rarely waits even 1 s on its own queue.
   */
  WORKER_STICKY_SCHEDULE_TO_START_MS: positiveInt(3_000),
  /** How long a SIGTERM waits for running activities before the worker stops anyway. */
  WORKER_SHUTDOWN_GRACE_MS: positiveInt(10_000),
});
export type WorkerConfig = z.infer<typeof workerEnv>;

export const loadWorkerConfig = (env: Record<string, string | undefined> = process.env): WorkerConfig => loadConfig(workerEnv, env);

/** The workflow thread's heap bound in MiB: the one set, or the default for the cache. */
export const workflowHeapMiB = (c: Pick<WorkerConfig, 'WORKER_WORKFLOW_HEAP_MIB' | 'WORKER_MAX_CACHED_WORKFLOWS'>): number =>
  c.WORKER_WORKFLOW_HEAP_MIB ?? defaultWorkflowHeapMiB(c.WORKER_MAX_CACHED_WORKFLOWS);
