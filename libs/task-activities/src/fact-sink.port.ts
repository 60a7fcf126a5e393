import type { Envelope } from '@dondoc/contracts';
import type { TaskSnapshot } from '@dondoc/task-follow-up';

/** Where a task's facts go: Kafka (through the outbox) and the MongoDB read model. */
export interface FactSink {
  /** Must ignore an event whose eventId it has already taken. */
  publish(events: Envelope[]): Promise<void>;
  /** Must ignore a snapshot whose revision is not newer than the stored one. */
  project(snapshot: TaskSnapshot): Promise<void>;
}
