import type { AuditCheckpoint, AuditEntry, AuditEntryInput } from './audit-entry.types';

/**
 * What other services call to record every user action, state transition and refused
 * authorisation. Append-only by construction: there is no way to change or remove an
 * entry through it. Appending the same `sourceId` twice returns the first entry.
 */
export interface AuditTrailWriter {
  append(input: AuditEntryInput): Promise<AuditEntry>;
}

/** Reading a directive's chain, for verification and the "as of" view. */
export interface AuditTrailReader {
  /** Every entry of the directive, sorted by seq (as stored: tampering included). */
  entries(directiveId: string): Promise<AuditEntry[]>;
  checkpoints(directiveId: string): Promise<AuditCheckpoint[]>;
  /** A task's entries, sorted by seq, optionally only those that happened at or before `until`. */
  entriesOfTask(taskId: string, until?: string): Promise<AuditEntry[]>;
}

export const AUDIT_TRAIL_WRITER = Symbol('AuditTrailWriter');
export const AUDIT_TRAIL_READER = Symbol('AuditTrailReader');
