import { serviceEnv } from '@dondoc/app-kit';
import { loadConfig, positiveInt } from '@dondoc/config';
import type { z } from 'zod';

export const workerEnv = serviceEnv.extend({
  /**
   * Workflows kept in memory between tasks; the rest are replayed from history when woken
   * (a task sleeps for weeks between events, and its replay takes milliseconds). Measured
   * with 10,000 open tasks (npm run bench, MEM): 500 kept the worker at ~670 MiB RSS,
   * 1,000 at ~1,050 MiB and still growing.
   */
  WORKER_MAX_CACHED_WORKFLOWS: positiveInt(500),
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
