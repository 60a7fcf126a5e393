import type { Envelope } from '@dondoc/contracts';
import type { TaskSnapshot } from './task-follow-up.types';

// The effects a task follow-up needs, as an interface: the worker app implements it
// (org chart from MongoDB, events to Kafka, projections to MongoDB). Every activity is
// idempotent by a business key, since Temporal may run one more than once. Working-day
// arithmetic is not here: the calendar is pure, versioned code that runs in the workflow.

export interface EscalationRecipient {
  userId: string;
  name: string;
  title: string;
  unitId: string;
}

/** What a follow-up publishes at once: new facts, and the snapshot they lead to. */
export interface RecordedFacts {
  events: Envelope[];
  snapshot: TaskSnapshot;
}

export interface TaskActivities {
  /** Who receives an escalation of `level` for `unitId`, from the org chart in force at `at`. */
  resolveEscalationRecipient(input: { unitId: string; level: number; at: string }): Promise<EscalationRecipient>;
  /**
   * Publishes facts (deduplicated by eventId) and updates the task's read model (applied
   * only if `snapshot.revision` is newer than what is stored).
   */
  recordFacts(input: RecordedFacts): Promise<void>;
  /**
   * recordFacts run as a local activity (workflows since 'record-facts-locally'): the same
   * effects, in the worker within the workflow task, answering with what it recorded. A local
   * activity's input is not written to history, its answer is (in its marker): the answer is
   * the auditable record of what the workflow published, as recordFacts' input was.
   */
  recordFactsLocally(input: RecordedFacts): Promise<RecordedFacts>;
  /**
   * Exports a closed run's full history to the audit archive (idempotent by runId). A
   * run cannot export itself, so each continued run archives the one before it.
   */
  archiveRun(input: { workflowId: string; runId: string; taskId: string }): Promise<void>;
}
