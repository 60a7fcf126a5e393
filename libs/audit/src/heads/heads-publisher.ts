import type { AuditSealChecker } from '../signing/audit-seal';
import type { MongoAuditTrail } from '../trail/mongo-audit-trail';
import type { AuditHead } from './audit-head';

// Writers record entries in several processes; one publisher (in the audit service) copies
// each chain's newest sealed head out of MongoDB. It publishes only heads whose seal holds,
// so an entry appended without the key is never vouched for.

/** Entries recorded this long before the watermark are read again: writers' clocks differ a little. */
const OVERLAP_MS = 10_000;

export class AuditHeadsPublisher {
  private readonly published = new Map<string, number>();
  private since = '';

  constructor(
    private readonly trail: MongoAuditTrail,
    private readonly checker: AuditSealChecker,
    private readonly publish: (heads: AuditHead[]) => Promise<void>,
  ) {}

  /** Publishes the heads that moved since the last call; returns them. */
  async publishOnce(): Promise<AuditHead[]> {
    const started = Date.now();
    const candidates = await this.trail.recentHeads(this.since);
    const heads: AuditHead[] = [];
    for (const rows of candidates.values()) {
      const head = rows.find((r) => r.seal && this.checker.holds(r.directiveId, r.seq, r.hash, r.seal));
      if (!head?.seal || (this.published.get(head.directiveId) ?? 0) >= head.seq) continue;
      heads.push({ directiveId: head.directiveId, seq: head.seq, hash: head.hash, seal: head.seal, recordedAt: head.recordedAt });
    }
    await this.publish(heads);
    for (const h of heads) this.published.set(h.directiveId, h.seq);
    this.since = new Date(started - OVERLAP_MS).toISOString();
    return heads;
  }
}
