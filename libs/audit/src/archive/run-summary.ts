import { attributes, decodePayload, eventInstant, eventsOf, type PlainEvent, type PlainPayload } from './history-reading';

// What a closed run's history says about itself: which task and directive, which run of
// the chain, how it ended and which run came before and after. Read from the history so
// the archive needs nothing else (the read model may be gone by the time auditors ask).

export type RunCloseType = 'completed' | 'continued-as-new' | 'cancelled' | 'failed' | 'terminated' | 'timed-out';

export interface RunSummary {
  runId: string;
  workflowType: string;
  taskId: string | null;
  directiveId: string | null;
  directiveNumber: string | null;
  /** Lead units the task had during the run (more than one after a reassignment). */
  unitIds: string[];
  /** 0 for the first run, then +1 per continue-as-new. */
  runIndex: number;
  firstRunId: string;
  previousRunId: string | null;
  nextRunId: string | null;
  startedAt: string;
  closedAt: string | null;
  closeType: RunCloseType | null;
  eventCount: number;
}

const CLOSE_TYPES: Record<string, RunCloseType> = {
  EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED: 'completed',
  EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW: 'continued-as-new',
  EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED: 'cancelled',
  EVENT_TYPE_WORKFLOW_EXECUTION_FAILED: 'failed',
  EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED: 'terminated',
  EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT: 'timed-out',
};

interface StartedAttributes {
  workflowType?: { name?: string };
  input?: { payloads?: PlainPayload[] };
  originalExecutionRunId?: string;
  firstExecutionRunId?: string;
  continuedExecutionRunId?: string;
}

interface FollowUpInput {
  definition?: { taskId?: string; directiveId?: string; directiveNumber?: string; leadUnitId?: string };
  carried?: { run?: number };
}

export function summariseRun(history: unknown): RunSummary {
  const events = eventsOf(history);
  const first = events[0];
  const started = first && attributes<StartedAttributes>(first, 'workflowExecutionStartedEventAttributes');
  if (!first || !started) throw new Error('history does not begin with WorkflowExecutionStarted');
  const input = decodePayload(started.input?.payloads?.[0]) as FollowUpInput | undefined;
  const last = events[events.length - 1];
  const closeType = CLOSE_TYPES[last.eventType] ?? null;
  const definition = input?.definition;
  const units = new Set<string>(definition?.leadUnitId ? [definition.leadUnitId] : []);
  for (const snapshot of recordedSnapshots(events)) if (snapshot.value.leadUnitId) units.add(snapshot.value.leadUnitId as string);
  const runId = started.originalExecutionRunId ?? '';
  return {
    runId,
    workflowType: started.workflowType?.name ?? '',
    taskId: definition?.taskId ?? null,
    directiveId: definition?.directiveId ?? null,
    directiveNumber: definition?.directiveNumber ?? null,
    unitIds: [...units],
    runIndex: input?.carried ? (input.carried.run ?? 0) + 1 : 0,
    firstRunId: started.firstExecutionRunId ?? runId,
    previousRunId: started.continuedExecutionRunId || null,
    nextRunId:
      attributes<{ newExecutionRunId?: string }>(last, 'workflowExecutionContinuedAsNewEventAttributes')?.newExecutionRunId ?? null,
    startedAt: eventInstant(first),
    closedAt: closeType ? eventInstant(last) : null,
    closeType,
    eventCount: events.length,
  };
}

export interface RecordedSnapshot {
  eventId: string;
  /** When the event was written to history. */
  at: string;
  /** recordFacts: what the workflow published; update: what a command returned to its caller. */
  source: 'recordFacts' | 'update';
  value: Record<string, unknown>;
}

/** A local activity's marker carries its type (in `data`) and its answer (in `result`). */
interface LocalActivityMarker {
  markerName?: string;
  details?: { data?: { payloads?: PlainPayload[] }; result?: { payloads?: PlainPayload[] } };
}

/**
 * Every full snapshot in the run's history, in history order: what the workflow published
 * (the inputs of `recordFacts`; since 'record-facts-locally' the answers of the local
 * `recordFactsLocally`, in their markers) and the results of accepted updates (what the API
 * showed the caller). Both are needed: an update applied while a publish is in flight
 * reaches the next publish only with a later change, but its result is in the history at once.
 */
export function recordedSnapshots(events: PlainEvent[]): RecordedSnapshot[] {
  const out: RecordedSnapshot[] = [];
  for (const event of events) {
    const marker = attributes<LocalActivityMarker>(event, 'markerRecordedEventAttributes');
    if (marker?.markerName === 'core_local_activity') {
      const meta = decodePayload(marker.details?.data?.payloads?.[0]) as { activity_type?: string } | undefined;
      const answer = decodePayload(marker.details?.result?.payloads?.[0]) as { snapshot?: Record<string, unknown> } | undefined;
      if (meta?.activity_type === 'recordFactsLocally' && answer?.snapshot)
        out.push({ eventId: event.eventId, at: eventInstant(event), source: 'recordFacts', value: answer.snapshot });
      continue;
    }
    const scheduled = attributes<{ activityType?: { name?: string }; input?: { payloads?: PlainPayload[] } }>(
      event,
      'activityTaskScheduledEventAttributes',
    );
    if (scheduled?.activityType?.name === 'recordFacts') {
      const input = decodePayload(scheduled.input?.payloads?.[0]) as { snapshot?: Record<string, unknown> } | undefined;
      if (input?.snapshot) out.push({ eventId: event.eventId, at: eventInstant(event), source: 'recordFacts', value: input.snapshot });
      continue;
    }
    const updated = attributes<{ outcome?: { success?: { payloads?: PlainPayload[] } } }>(
      event,
      'workflowExecutionUpdateCompletedEventAttributes',
    );
    const result = decodePayload(updated?.outcome?.success?.payloads?.[0]) as Record<string, unknown> | undefined;
    if (result && typeof result === 'object' && 'revision' in result && 'asOf' in result) {
      out.push({ eventId: event.eventId, at: eventInstant(event), source: 'update', value: result });
    }
  }
  return out;
}
