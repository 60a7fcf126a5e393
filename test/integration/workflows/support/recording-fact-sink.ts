import type { Envelope } from '@dondoc/contracts';
import type { FactSink } from '@dondoc/task-activities';
import type { TaskSnapshot } from '@dondoc/task-follow-up';

/**
 * Records what the workflow publishes, with the same de-duplication contract as the real
 * sink (eventId, snapshot revision), so tests can assert "exactly once".
 */
export class RecordingFactSink implements FactSink {
  readonly events: Envelope[] = [];
  readonly duplicates: string[] = [];
  private readonly seen = new Set<string>();
  private readonly latest = new Map<string, TaskSnapshot>();

  async publish(events: Envelope[]): Promise<void> {
    for (const event of events) {
      if (this.seen.has(event.eventId)) {
        this.duplicates.push(event.eventId);
        continue;
      }
      this.seen.add(event.eventId);
      this.events.push(event);
    }
  }

  async project(snapshot: TaskSnapshot): Promise<void> {
    const current = this.latest.get(snapshot.taskId);
    if (!current || current.revision < snapshot.revision) this.latest.set(snapshot.taskId, snapshot);
  }

  of(taskId: string, type?: string): Envelope[] {
    return this.events.filter((e) => e.key === taskId && (type === undefined || e.type === type));
  }

  projection(taskId: string): TaskSnapshot | undefined {
    return this.latest.get(taskId);
  }
}
