import type { Seal } from '../signing/audit-seal';

// One line of a directive's audit trail: who did what, when, in which role and unit.

/** What a service asks to record. `seq` and the hashes are assigned by the trail. */
export interface AuditEntryInput {
  directiveId: string;
  taskId?: string | null;
  /** userId of the person, or 'system' for what the workflow did by itself (reminders, escalations). */
  who: string;
  role: string;
  /** unitId the person acted for. */
  unit: string;
  /** The action or transition: 'task.acknowledged', 'auth.denied', 'audit.replay', … */
  what: string;
  /** ISO instant at which it happened (not when it was recorded). */
  when: string;
  requestId?: string | null;
  /**
   * Business key of the source (an eventId, a requestId…): appending the same source twice
   * records it once, so a redelivered Kafka event or a retried request is harmless.
   */
  sourceId?: string | null;
  details?: Record<string, unknown>;
}

/** The part of an entry that is hashed: everything but the hashes themselves. */
export interface AuditEntryContent {
  seq: number;
  directiveId: string;
  taskId: string | null;
  who: string;
  role: string;
  unit: string;
  what: string;
  when: string;
  requestId: string | null;
  sourceId: string | null;
  details: Record<string, unknown>;
}

export interface AuditEntry extends AuditEntryContent {
  /** h_(i-1); the genesis hash of the directive for seq 1. */
  prevHash: string;
  /** h_i = SHA-256(h_(i-1) || canonical(content_i)). */
  hash: string;
  /** Ed25519 signature of (directiveId, seq, hash) by the writer's key, which the database does not hold. */
  seal?: Seal;
}

/** {seq, hash} written every N entries, so a rewrite from some point on shows even if recomputed. */
export interface AuditCheckpoint {
  directiveId: string;
  seq: number;
  hash: string;
  at: string;
  seal?: Seal;
}

export function toContent(input: AuditEntryInput, seq: number): AuditEntryContent {
  return {
    seq,
    directiveId: input.directiveId,
    taskId: input.taskId ?? null,
    who: input.who,
    role: input.role,
    unit: input.unit,
    what: input.what,
    when: input.when,
    requestId: input.requestId ?? null,
    sourceId: input.sourceId ?? null,
    details: input.details ?? {},
  };
}

/** The hashed fields of a stored entry (drops _id, prevHash, hash and anything else). */
export function contentOf(entry: AuditEntryContent): AuditEntryContent {
  const { seq, directiveId, taskId, who, role, unit, what, when, requestId, sourceId, details } = entry;
  return { seq, directiveId, taskId, who, role, unit, what, when, requestId, sourceId, details };
}
