/**
 * What a walk of a chain found wrong, at the first entry where it went wrong:
 * - edited     the entry's content (or its hashes) changed after it was written;
 * - removed    the entry with this seq is gone (a gap, later entries renumbered, or the tail cut);
 * - inserted   an entry that was never appended sits at this seq;
 * - reordered  a genuine entry sits at the wrong seq (e.g. two entries swapped);
 * - rewritten  a checkpoint's hash differs: the chain up to it was recomputed;
 * - unsealed   an entry (or checkpoint, or kept head) has no valid signature of the seal key:
 *              it was appended, or the chain recomputed, by someone without the key.
 */
export type ChainProblemKind = 'edited' | 'removed' | 'inserted' | 'reordered' | 'rewritten' | 'unsealed';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** The chain index (seq, from 1) of the first entry that cannot be trusted. */
  seq: number;
  /** Index in the stored order (0-based), if an entry is there. */
  position: number | null;
  /** For `reordered`: the seq the entry found here was appended with. */
  belongsAt?: number;
  /** For auditors, in Vietnamese. */
  message: string;
}

export interface ChainVerification {
  directiveId: string;
  ok: boolean;
  entries: number;
  checkpointsChecked: number;
  /** Entries whose seal was checked (0 when verified without a key). */
  sealsChecked: number;
  /** Entries 1..this were written before sealing and adopted (verified by hash only); 0 if none. */
  hashOnlyThrough: number;
  /** The last entry as stored: keep it elsewhere to detect a cut tail next time. */
  head: { seq: number; hash: string } | null;
  firstProblem: ChainProblem | null;
  /** The first walk problem and every checkpoint that disagrees. */
  problems: ChainProblem[];
}
