import type { Client } from '@temporalio/client';

export interface BenchContext {
  client: Client;
  namespace: string;
  /** A prefix no other run uses: workflow ids, task queues, directive ids. */
  runId: string;
  /** Scales durations and counts down for a quick smoke run (BENCH_QUICK=1). */
  quick: boolean;
  /** The benchmarks of this run, in the order they run. */
  only: readonly string[];
  /**
   * STORE's data set, left loaded for WEB when WEB runs after it (the same 100,000 tasks:
   * loading them again took ~6 minutes). Whoever takes it drops its database; main drops
   * one nobody took.
   */
  storeData?: { mongoUri: string; directives: number };
}

/** One line of the results table, with the figure's baseline measured in the same run. */
export interface BenchFigure {
  id: string;
  name: string;
  value: number;
  unit: string;
  goal?: string;
  met?: boolean;
  baseline?: string;
  detail?: Record<string, unknown>;
}
