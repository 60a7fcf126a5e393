import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

// An audit entry is sealed when it is written: an Ed25519 signature over (directiveId, seq,
// hash) with a key the database does not hold. The hash commits to the whole chain before
// it, so one valid seal vouches for every entry up to it; an entry appended, or a chain
// recomputed, by someone with only database access carries no valid seal.

/** What is signed: the chain position and its hash, under a domain tag. */
export function sealedText(directiveId: string, seq: number, hash: string): Buffer {
  return Buffer.from(`dondoc/audit-seal/v1\n${directiveId}\n${seq}\n${hash}`, 'utf8');
}

/** A short, stable name of a public key: the first 16 hex digits of SHA-256 of its DER. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

export interface Seal {
  keyId: string;
  /** base64 Ed25519 signature of `sealedText`. */
  signature: string;
}

/** Seals entries and checkpoints (the writers hold it). */
export class AuditSealer {
  readonly keyId: string;
  readonly checker: AuditSealChecker;

  constructor(private readonly privateKey: KeyObject) {
    const publicKey = createPublicKey(privateKey);
    this.keyId = keyIdOf(publicKey);
    this.checker = new AuditSealChecker(publicKey);
  }

  seal(directiveId: string, seq: number, hash: string): Seal {
    return { keyId: this.keyId, signature: sign(null, sealedText(directiveId, seq, hash), this.privateKey).toString('base64') };
  }
}

/** Checks seals with the public key only (an auditor needs nothing more). */
export class AuditSealChecker {
  readonly keyId: string;

  constructor(private readonly publicKey: KeyObject) {
    this.keyId = keyIdOf(publicKey);
  }

  holds(directiveId: string, seq: number, hash: string, seal: Partial<Seal> | undefined): boolean {
    if (!seal?.signature || seal.keyId !== this.keyId) return false;
    try {
      return verify(null, sealedText(directiveId, seq, hash), this.publicKey, Buffer.from(seal.signature, 'base64'));
    } catch {
      return false;
    }
  }
}
