import type { OutboxBatch, OutboxStore } from '@dondoc/messaging';
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';
import type { DirectiveRepository } from './directive.repository';

// The relay's side of the directives' outboxes. FerretDB 1.24 applies updates as
// read-modify-write (measured: 20 clients x 20 `$inc` on one document end at ~35, and
// several conditional findOneAndUpdate "claims" win at once), while inserts are checked
// by unique indexes atomically. So:
//  - a lease is an INSERTED document keyed by the aggregate id (one winner), deleted on release;
//  - how far an outbox has been sent is a cursor document only the lease holder writes;
//  - the directive document itself is never written by the relay.
// The worst race left (two relays deleting one expired lease at once) re-sends events,
// which consumers absorb by eventId; no interleaving can skip an entry.
// Every lookup here filters on `{_id}` alone, the only filter FerretDB 1.24 pushes down to
// SQLite: anything else decodes every document of the collection (directives carry their
// outboxes, so a scan costs megabytes of JSON). Only `pending()` scans: once per relay scan,
// never once per aggregate (that was quadratic: measured at 200 directives).

interface Lease {
  _id: string;
  owner: string;
  until: Date;
}
interface Cursor {
  _id: string;
  sent: number;
}

const leaseSchema = new Schema({ _id: String, owner: String, until: Date }, { versionKey: false, collection: 'outbox_leases' });
const cursorSchema = new Schema({ _id: String, sent: Number }, { versionKey: false, collection: 'outbox_cursors' });

export class DirectiveOutboxStore implements OutboxStore {
  readonly leases: Model<Lease>;
  readonly cursors: Model<Cursor>;

  constructor(
    private readonly directives: DirectiveRepository,
    connection: Connection = directives.model.db,
  ) {
    this.leases = (connection.models.OutboxLease as Model<Lease> | undefined) ?? connection.model<Lease>('OutboxLease', leaseSchema);
    this.cursors = (connection.models.OutboxCursor as Model<Cursor> | undefined) ?? connection.model<Cursor>('OutboxCursor', cursorSchema);
  }

  /** Aggregates with entries not yet sent, and how many each (a scan of every directive). */
  async pending(): Promise<Map<string, { count: number; sent: number }>> {
    const docs = await this.directives.model
      .find({ outboxCount: { $gt: 0 } }, { _id: 1, outboxCount: 1 })
      .lean<{ _id: string; outboxCount: number }[]>();
    if (docs.length === 0) return new Map();
    const cursors = await this.cursors.find({}).lean<Cursor[]>(); // small documents, one per aggregate
    const sent = new Map(cursors.map((c) => [c._id, c.sent]));
    const result = new Map<string, { count: number; sent: number }>();
    for (const d of docs) {
      const s = sent.get(d._id) ?? 0;
      if (d.outboxCount > s) result.set(d._id, { count: d.outboxCount, sent: s });
    }
    return result;
  }

  /**
   * Aggregates that may have unsent entries: the outbox marks (tiny documents), or, when
   * `thorough`, a scan of every directive (for a relay's first pass: marks are a hint that
   * a writer which crashed between marking and writing, or a mark deleted in a race, may
   * leave wrong, and that scan is the ground truth).
   */
  async pendingAggregates(thorough = false): Promise<string[]> {
    if (thorough) return [...(await this.pending()).keys()];
    return (await this.directives.outboxMarks.find({}, { _id: 1 }).lean<{ _id: string }[]>()).map((m) => m._id);
  }

  async pendingCount(): Promise<number> {
    let n = 0;
    for (const p of (await this.pending()).values()) n += p.count - p.sent;
    return n;
  }

  /** The first claimable aggregate among the outbox marks (for tools and tests; the relay claims by id). */
  async claim(owner: string, leaseMs: number): Promise<OutboxBatch | null> {
    for (const aggregateId of await this.pendingAggregates()) {
      const batch = await this.claimAggregate(owner, leaseMs, aggregateId);
      if (batch) return batch;
    }
    return null;
  }

  async claimAggregate(owner: string, leaseMs: number, aggregateId: string): Promise<OutboxBatch | null> {
    const mark = await this.directives.outboxMarks.findById(aggregateId).lean<{ token: string }>(); // before reading the outbox
    if (!(await this.acquire(aggregateId, owner, leaseMs))) return null;
    // Read after acquiring: the state another relay left before releasing is final.
    const cursor = await this.cursors.findById(aggregateId).lean<Cursor>();
    const from = cursor?.sent ?? 0;
    // One chunk per claim at most (~500 events): a bounded Kafka request, and the lease is renewed per chunk.
    const entries = await this.directives.outboxFrom(aggregateId, from);
    if (entries.length === 0) {
      // Nothing left: clear the mark, unless a writer re-marked it since it was read above.
      if (mark) await this.directives.outboxMarks.deleteOne({ _id: aggregateId, token: mark.token });
      await this.leases.deleteOne({ _id: aggregateId, owner });
      return null;
    }
    return {
      aggregateId,
      from,
      messages: entries.map((e) => ({
        eventId: e.eventId,
        topic: e.topic,
        key: e.key,
        value: e.value,
        headers: { 'event-type': e.type, 'event-id': e.eventId },
      })),
    };
  }

  async markSent(batch: OutboxBatch, owner: string): Promise<boolean> {
    const lease = await this.leases.findById(batch.aggregateId).lean<Lease>();
    if (lease?.owner !== owner) return false; // lost (expired and taken): the new holder re-sends, never skips
    await this.cursors.updateOne({ _id: batch.aggregateId }, { $set: { sent: batch.from + batch.messages.length } }, { upsert: true });
    await this.leases.deleteOne({ _id: batch.aggregateId, owner });
    return true;
  }

  async release(batch: OutboxBatch, owner: string): Promise<void> {
    await this.leases.deleteOne({ _id: batch.aggregateId, owner });
  }

  private async acquire(aggregateId: string, owner: string, leaseMs: number): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await this.leases.create({ _id: aggregateId, owner, until: new Date(Date.now() + leaseMs) });
        return true;
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
      }
      const held = await this.leases.findById(aggregateId).lean<Lease>();
      if (held && held.until.getTime() > Date.now()) return false;
      // Expired: its holder died. Remove exactly that lease and try once more.
      if (held) await this.leases.deleteOne({ _id: aggregateId, owner: held.owner, until: held.until });
    }
    return false;
  }
}
