import type { Client } from '@temporalio/client';

export interface BenchContext {
  client: Client;
  namespace: string;
  /** A prefix no other run uses: workflow ids, task queues, directive ids. */
  runId: string;
  /** Scales durations and counts down for a quick smoke run (BENCH_QUICK=1). */
  quick: boolean;
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
