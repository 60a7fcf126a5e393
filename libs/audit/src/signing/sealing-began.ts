import type { AuditEntry, AuditEntryInput } from '../trail/audit-entry.types';
import { chainHash } from '../trail/hash-chain';
import type { AuditSealChecker } from './audit-seal';

// A chain written before entries were sealed has no seals to check. Its adoption appends
// ONE sealed entry, "sealing began", to the chain itself: the entry's hash commits to every
// entry before it, so its seal vouches for them as they were at adoption (a later rewrite
// of one changes that hash and breaks the seal), and the entry names the last seq that is
// verified by hash only. Being part of the chain, it cannot be removed without a gap, and
// the heads topic keeps it (or a later head) outside the database.

export const SEALING_BEGAN_WHAT = 'audit.sealing-began';
/** One per chain: a second adoption of the same chain finds this source and records nothing. */
export const SEALING_BEGAN_SOURCE = 'audit.sealing-began';

export interface SealingBeganDetails {
  /** Entries 1..hashOnlyThrough were written before sealing: verified by hash only. */
  hashOnlyThrough: number;
  /** The hash of entry `hashOnlyThrough` when the chain was adopted. */
  hashAtThrough: string;
  /** The key that sealed this entry and every later one. */
  keyId: string;
}

export function sealingBeganInput(
  directiveId: string,
  through: { seq: number; hash: string },
  keyId: string,
  when: string,
): AuditEntryInput {
  const details: SealingBeganDetails = { hashOnlyThrough: through.seq, hashAtThrough: through.hash, keyId };
  return {
    directiveId,
    who: 'system',
    role: 'system',
    unit: 'system',
    what: SEALING_BEGAN_WHAT,
    when,
    sourceId: SEALING_BEGAN_SOURCE,
    details: { ...details },
  };
}

/**
 * The genuine "sealing began" entry of a chain, if any: sealed by the key, its content
 * matching its hash, naming an earlier seq whose stored hash is the one it recorded.
 * Anything less vouches for nothing (a forged or edited marker leaves the old entries unsealed).
 */
export function sealingBegan(
  directiveId: string,
  entries: AuditEntry[],
  checker: AuditSealChecker,
): { entry: AuditEntry; hashOnlyThrough: number } | undefined {
  const marker = entries.find((e) => e.what === SEALING_BEGAN_WHAT && e.sourceId === SEALING_BEGAN_SOURCE);
  if (!marker || !checker.holds(directiveId, marker.seq, marker.hash, marker.seal) || chainHash(marker.prevHash, marker) !== marker.hash)
    return undefined;
  const { hashOnlyThrough, hashAtThrough } = marker.details as Partial<SealingBeganDetails>;
  if (!Number.isInteger(hashOnlyThrough) || (hashOnlyThrough as number) < 1 || (hashOnlyThrough as number) >= marker.seq) return undefined;
  const through = entries.find((e) => e.seq === hashOnlyThrough);
  if (!through || through.hash !== hashAtThrough) return undefined;
  return { entry: marker, hashOnlyThrough: hashOnlyThrough as number };
}
