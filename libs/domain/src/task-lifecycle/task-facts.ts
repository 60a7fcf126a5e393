import { Instant, toEpochMs } from '../time/vn-time.util';
import { EscalationLevel } from '../task-definition/task-definition.types';
import { TaskState } from './task-state.types';

// Facts kept beside the status rather than as statuses of their own.

const OPEN_WORK = new Set(['assigned', 'acknowledged', 'in_progress', 'returned']);

/** Past the deadline with the work not yet handed in. A paused task's clock is stopped. */
export function isOverdue(state: TaskState, now: Instant): boolean {
  return OPEN_WORK.has(state.status) && state.dueAt !== undefined && toEpochMs(now) > toEpochMs(state.dueAt);
}

export function isAcknowledgementOverdue(state: TaskState, now: Instant): boolean {
  return state.status === 'assigned' && state.acknowledgeBy !== undefined && toEpochMs(now) > toEpochMs(state.acknowledgeBy);
}

/** Records that the follow-up escalated; a level never goes down (replays stay idempotent). */
export function recordEscalation(state: TaskState, level: EscalationLevel): TaskState {
  return level > state.escalationLevel ? { ...state, escalationLevel: level } : state;
}

/** The extension request awaiting a decision, if any. */
export function pendingExtension(state: TaskState) {
  return state.extensionRequests.find((r) => r.decision === undefined);
}
