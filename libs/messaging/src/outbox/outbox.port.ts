import type { OutgoingMessage } from '../event-publisher.port';

/** Unsent outbox entries of one aggregate, claimed by one relay for a while (a lease). */
export interface OutboxBatch {
  aggregateId: string;
  /** Index of the first entry in `messages` within the aggregate's outbox. */
  from: number;
  messages: (OutgoingMessage & { eventId: string })[];
}

/**
 * Where pending events wait until they are on Kafka. The store lives with the aggregate
 * (the outbox is inside its document), so an aggregate and its events are written at once.
 */
export interface OutboxStore {
  /**
   * Aggregates that may have unsent entries: from cheap hints, or, when `thorough`, from a
   * scan of every aggregate (costly: a relay does it once, at start).
   */
  pendingAggregates(thorough?: boolean): Promise<string[]>;
  /** Claims `aggregateId`'s unsent entries, if it has any and its lease is free or expired. */
  claimAggregate(owner: string, leaseMs: number, aggregateId: string): Promise<OutboxBatch | null>;
  /** Marks `batch` sent and frees the lease; false if the lease was lost meanwhile. */
  markSent(batch: OutboxBatch, owner: string): Promise<boolean>;
  /** Frees the lease after a failed send so another pass can retry soon. */
  release(batch: OutboxBatch, owner: string): Promise<void>;
}

export const OUTBOX_STORE = Symbol('OutboxStore');
