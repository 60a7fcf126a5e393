import type { ArchiveScope } from '../archive/archived-run.types';

/** Where replay found the current code to disagree with a recorded history. */
export interface Divergence {
  /** The first history event the code did not reproduce, when the error names it. */
  eventId: number | null;
  eventType: string | null;
  message: string;
}

export interface ReplayRunResult {
  runId: string;
  workflowId: string;
  taskId: string | null;
  runIndex: number;
  eventCount: number;
  /** The archived body still matches its SHA-256 (a tampered history is not replayed). */
  intact: boolean;
  deterministic: boolean;
  divergence?: Divergence;
  error?: string;
}

/** A task's runs, replayed as one chain: linked by previousRunId and all deterministic. */
export interface ReplayChain {
  taskId: string;
  runIds: string[];
  linked: boolean;
  /** The last archived run ended the task (rather than continuing as new). */
  closed: boolean;
  ok: boolean;
  problem?: string;
}

export interface ReplayProgress {
  done: number;
  total: number;
  events: number;
  runId?: string;
}

export interface ReplayReport {
  scope: ArchiveScope;
  ok: boolean;
  runs: ReplayRunResult[];
  chains: ReplayChain[];
  total: number;
  failed: number;
  events: number;
  durationMs: number;
  eventsPerSecond: number;
}
