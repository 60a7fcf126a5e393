import { canonicalJson } from '../canonical/canonical-json';
import { sha256Hex } from '../canonical/sha256';
import { contentOf, toContent, type AuditEntry, type AuditEntryContent, type AuditEntryInput } from './audit-entry.types';

// h_i = SHA-256(h_(i-1) || canonical(entry_i)), hex. The chain of each directive starts
// from a genesis hash derived from the directive id, so entries cannot be moved from one
// directive's chain into another's without breaking both.

export function genesisHash(directiveId: string): string {
  return sha256Hex(`dondoc/audit/v1:${directiveId}`);
}

export function chainHash(prevHash: string, content: AuditEntryContent): string {
  return sha256Hex(prevHash, canonicalJson(contentOf(content)));
}

/** The entry that follows `last` (or starts the chain) for `input`. */
export function nextEntry(last: Pick<AuditEntry, 'seq' | 'hash'> | null | undefined, input: AuditEntryInput): AuditEntry {
  const content = toContent(input, (last?.seq ?? 0) + 1);
  const prevHash = last?.hash ?? genesisHash(input.directiveId);
  return { ...content, prevHash, hash: chainHash(prevHash, content) };
}
