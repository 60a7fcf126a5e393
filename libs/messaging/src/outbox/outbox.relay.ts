import { randomUUID } from 'node:crypto';
import type { EventPublisher } from '../event-publisher.port';
import type { OutboxStore } from './outbox.port';

export interface OutboxRelayOptions {
  store: OutboxStore;
  publisher: EventPublisher;
  /** How often to look for pending entries when the last pass found none. */
  pollMs?: number;
  /** How long a claim holds; a relay that dies frees its aggregates after this. */
  leaseMs?: number;
  /** Unique per relay; defaults to a random id. */
  owner?: string;
  onError?: (error: unknown) => void;
}

/**
 * Publishes outbox entries to Kafka in order and marks them sent. It never drops an entry:
 * an entry is marked only after Kafka acknowledged it, so a crash in between re-sends it
 * (consumers de-duplicate by eventId). Leases keep two relays off the same aggregate.
 */
export class OutboxRelay {
  readonly owner: string;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(private readonly options: OutboxRelayOptions) {
    this.owner = options.owner ?? `relay-${randomUUID()}`;
    this.pollMs = options.pollMs ?? 500;
    this.leaseMs = options.leaseMs ?? 30_000;
  }

  /** Publishes everything pending now; returns how many entries it sent. */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.options.store.claim(this.owner, this.leaseMs);
      if (!batch) return sent;
      try {
        await this.options.publisher.publish(batch.messages.map(({ eventId: _id, ...m }) => m));
      } catch (e) {
        await this.options.store.release(batch, this.owner).catch(() => undefined);
        throw e;
      }
      if (await this.options.store.markSent(batch, this.owner)) sent += batch.messages.length;
    }
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        let sent = 0;
        try {
          sent = await this.drain();
        } catch (e) {
          this.options.onError?.(e);
        }
        if (sent === 0 && this.running) await this.sleep(this.pollMs);
      }
    })();
  }

  /** Wakes the loop at once (e.g. right after an aggregate was written). */
  poke(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
