import { TOPICS, type Envelope } from '@dondoc/contracts';
import type { FactSink } from '@dondoc/task-activities';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { envelopeMessage, type EventPublisher } from '../event-publisher.port';

/** The task read model: applies a snapshot only if its revision is newer than the stored one. */
export interface TaskSnapshotProjection {
  project(snapshot: TaskSnapshot): Promise<boolean>;
}

/**
 * The real FactSink of the worker: workflow facts to Kafka (acks all, keyed by taskId) and
 * the snapshot into MongoDB. At least once: an activity Temporal retries publishes its
 * facts again, with the same eventIds, and every consumer de-duplicates by eventId (the
 * notifier and the audit keep processed ids; the orchestrator's starts are idempotent).
 * Until the pipeline benchmark, a published-id log here checked and recorded each eventId
 * in MongoDB first: two round trips per fact to prevent a duplicate nobody is hurt by.
 */
export class TaskFactSink implements FactSink {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly projection: TaskSnapshotProjection,
    private readonly topic: string = TOPICS.taskEvents,
  ) {}

  async publish(events: Envelope[]): Promise<void> {
    if (events.length === 0) return;
    await this.publisher.publish(events.map((e) => envelopeMessage(this.topic, e)));
  }

  async project(snapshot: TaskSnapshot): Promise<void> {
    await this.projection.project(snapshot);
  }
}
