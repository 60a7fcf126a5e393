import type { HistoryIntegrity } from '../archive/archived-run.types';
import type { MongoHistoryArchive } from '../archive/mongo-history-archive';
import { ARCHIVED_WHAT } from '../archive/temporal-run-archive';
import type { AuditTrailReader } from '../trail/audit-trail.port';
import type { ChainVerification } from '../trail/chain-verification.types';
import { verifyChain } from '../trail/chain-verifier';
import type { AuditSealChecker, Seal } from '../signing/audit-seal';

export interface DirectiveVerification {
  directiveId: string;
  ok: boolean;
  chain: ChainVerification;
  histories: { checked: number; mismatched: HistoryIntegrity[] };
}

/**
 * Verifies a directive: walks its audit chain, and checks every archived history of its
 * tasks against the SHA-256 recorded in the archive and, where the chain recorded the
 * archiving, against the chain's copy of that hash (which an editor of the archive
 * collection alone cannot change unnoticed).
 */
export class DirectiveVerificationService {
  constructor(
    private readonly trail: AuditTrailReader,
    private readonly archive: MongoHistoryArchive,
    /** The seal key's public half; `null` verifies the hashes only. */
    private readonly checker: AuditSealChecker | null = null,
  ) {}

  async verify(
    directiveId: string,
    options: { expectedHead?: { seq: number; hash: string; seal?: Seal }; onProgress?: (done: number, total: number) => void } = {},
  ): Promise<DirectiveVerification> {
    const entries = await this.trail.entries(directiveId);
    const chain = verifyChain({
      directiveId,
      entries,
      checkpoints: await this.trail.checkpoints(directiveId),
      expectedHead: options.expectedHead,
      checker: this.checker,
    });
    const chained = new Map<string, string>();
    for (const entry of entries) {
      const details = entry.details as { runId?: string; sha256?: string };
      if (entry.what === ARCHIVED_WHAT && details.runId && details.sha256) chained.set(details.runId, details.sha256);
    }
    const runs = await this.archive.list({ directiveId });
    const mismatched: HistoryIntegrity[] = [];
    for (const [i, run] of runs.entries()) {
      const integrity = await this.archive.checkIntegrity(run.runId, chained.get(run.runId));
      if (!integrity.ok) mismatched.push(integrity);
      options.onProgress?.(i + 1, runs.length);
    }
    return { directiveId, ok: chain.ok && mismatched.length === 0, chain, histories: { checked: runs.length, mismatched } };
  }
}
