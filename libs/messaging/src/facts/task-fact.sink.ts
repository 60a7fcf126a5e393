import { TOPICS, type Envelope } from '@dondoc/contracts';
import type { FactSink } from '@dondoc/task-activities';
import type { TaskSnapshot } from '@dondoc/workflows';
import { envelopeMessage, type EventPublisher } from '../event-publisher.port';

/** Event ids already on Kafka, so an activity retried by Temporal does not publish twice. */
export interface PublishedEventLog {
  /** Those of `eventIds` not yet recorded as published. */
  unpublished(eventIds: string[]): Promise<Set<string>>;
  markPublished(events: { eventId: string; type: string; key: string }[]): Promise<void>;
}

/** The task read model: applies a snapshot only if its revision is newer than the stored one. */
export interface TaskSnapshotProjection {
  project(snapshot: TaskSnapshot): Promise<boolean>;
}

/**
 * The real FactSink of the worker: workflow facts to Kafka (acks all, keyed by taskId),
 * de-duplicated by eventId, and the snapshot into MongoDB. Published first, recorded
 * after: a crash in between re-publishes, which consumers absorb by eventId; recording
 * first could lose a fact.
 */
export class TaskFactSink implements FactSink {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly published: PublishedEventLog,
    private readonly projection: TaskSnapshotProjection,
    private readonly topic: string = TOPICS.taskEvents,
  ) {}

  async publish(events: Envelope[]): Promise<void> {
    if (events.length === 0) return;
    const fresh = await this.published.unpublished(events.map((e) => e.eventId));
    const toSend = events.filter((e) => fresh.has(e.eventId));
    if (toSend.length === 0) return;
    await this.publisher.publish(toSend.map((e) => envelopeMessage(this.topic, e)));
    await this.published.markPublished(toSend.map((e) => ({ eventId: e.eventId, type: e.type, key: e.key })));
  }

  async project(snapshot: TaskSnapshot): Promise<void> {
    await this.projection.project(snapshot);
  }
}
