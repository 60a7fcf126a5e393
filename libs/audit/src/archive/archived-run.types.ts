import type { BodyEncoding } from './history-codec';
import type { RunSummary } from './run-summary';

/** A closed workflow run in the archive, without its body. */
export interface ArchivedRunMeta extends RunSummary {
  workflowId: string;
  /** SHA-256 (hex) of the uncompressed history JSON. */
  sha256: string;
  encoding: BodyEncoding;
  sizeBytes: number;
  storedBytes: number;
  archivedAt: string;
}

export interface ArchivedRun extends ArchivedRunMeta {
  body: Buffer;
}

/** Which archived runs a replay or a check covers. */
export type ArchiveScope = { directiveId: string } | { unitId: string } | { taskId: string } | { all: true };

export interface HistoryIntegrity {
  runId: string;
  taskId: string | null;
  ok: boolean;
  expectedSha256: string;
  actualSha256: string | null;
  /** Why it fails, in Vietnamese. */
  problem?: string;
}
