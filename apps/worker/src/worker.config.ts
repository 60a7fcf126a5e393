import { serviceEnv } from '@dondoc/app-kit';
import { loadConfig, positiveInt } from '@dondoc/config';
import type { z } from 'zod';

export const workerEnv = serviceEnv.extend({
  /** Workflows kept in memory between tasks; the rest are replayed from history when woken. */
  WORKER_MAX_CACHED_WORKFLOWS: positiveInt(1000),
  /** How long a SIGTERM waits for running activities before the worker stops anyway. */
  WORKER_SHUTDOWN_GRACE_MS: positiveInt(10_000),
});
export type WorkerConfig = z.infer<typeof workerEnv>;

export const loadWorkerConfig = (env: Record<string, string | undefined> = process.env): WorkerConfig => loadConfig(workerEnv, env);
