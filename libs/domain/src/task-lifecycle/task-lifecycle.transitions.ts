import { afterDelay } from '../task-definition/delay.util';
import { IsoInstant, toEpochMs, toIsoInstant } from '../time/vn-time.util';
import { remainingMs, resumedDueAt, shiftInstant } from './pause-clock.util';
import { TaskCommand } from './task-command.types';
import { problem, wrongStatus } from './task-rejection.messages';
import { PausableStatusDetail, TaskCore, TaskState } from './task-state.types';
import { TransitionContext, TransitionResult, accept, reject } from './task-transition.types';

// Who holds the task and whether its clock runs: acknowledge, refuse, reassign, pause,
// resume, cancel.

type Cmd<T extends TaskCommand['type']> = Extract<TaskCommand, { type: T }>;

export function coreOf(state: TaskState): TaskCore {
  const {
    taskId,
    leadUnitId,
    assignedAt,
    acknowledgeWithin,
    acknowledgeBy,
    acknowledgedAt,
    dueAt,
    originalDueAt,
    extensionRequests,
    lastProgress,
    escalationLevel,
  } = state;
  return {
    taskId,
    leadUnitId,
    assignedAt,
    acknowledgeWithin,
    acknowledgeBy,
    acknowledgedAt,
    dueAt,
    originalDueAt,
    extensionRequests,
    lastProgress,
    escalationLevel,
  };
}

const blank = (text: string | undefined) => typeof text !== 'string' || text.trim() === '';

export function acknowledge(state: TaskState, ctx: TransitionContext): TransitionResult {
  if (state.status !== 'assigned') return reject(wrongStatus('acknowledge', state.status));
  return accept({ ...coreOf(state), acknowledgedAt: iso(ctx), status: 'acknowledged' });
}

export function refuse(state: TaskState, cmd: Cmd<'refuse'>, ctx: TransitionContext): TransitionResult {
  if (state.status !== 'assigned') return reject(wrongStatus('refuse', state.status));
  if (blank(cmd.reason)) return reject(problem('refuse', 'reason_required'));
  return accept({ ...coreOf(state), status: 'refused', refusal: { reason: cmd.reason.trim(), at: iso(ctx) } });
}

const REASSIGNABLE = new Set(['assigned', 'acknowledged', 'in_progress', 'returned', 'refused']);

/** The new unit starts afresh: it must acknowledge within the same window. */
export function reassign(state: TaskState, cmd: Cmd<'reassign'>, ctx: TransitionContext): TransitionResult {
  if (!REASSIGNABLE.has(state.status)) return reject(wrongStatus('reassign', state.status));
  if (blank(cmd.toUnitId)) return reject(problem('reassign', 'unit_required'));
  if (cmd.toUnitId === state.leadUnitId) return reject(problem('reassign', 'same_unit'));
  return accept({
    ...coreOf(state),
    leadUnitId: cmd.toUnitId,
    acknowledgedAt: undefined,
    acknowledgeBy: afterDelay(ctx.now, state.acknowledgeWithin, ctx.calendar),
    status: 'assigned',
  });
}

export function pause(state: TaskState, cmd: Cmd<'pause'>, ctx: TransitionContext): TransitionResult {
  const resumeTo = pausableDetail(state);
  if (!resumeTo) return reject(wrongStatus('pause', state.status));
  if (blank(cmd.reason)) return reject(problem('pause', 'reason_required'));
  return accept({
    ...coreOf(state),
    status: 'paused',
    resumeTo,
    pause: {
      reason: cmd.reason.trim(),
      at: iso(ctx),
      dueRemainingMs: state.dueAt === undefined ? undefined : remainingMs(state.dueAt, ctx.now),
      acknowledgeRemainingMs:
        state.status === 'assigned' && state.acknowledgeBy !== undefined ? remainingMs(state.acknowledgeBy, ctx.now) : undefined,
    },
  });
}

/** Gives back the time left at the pause; the original deadline moves by the paused span too. */
export function resume(state: TaskState, ctx: TransitionContext): TransitionResult {
  if (state.status !== 'paused') return reject(wrongStatus('resume', state.status));
  const pausedFor = toEpochMs(ctx.now) - toEpochMs(state.pause.at);
  const { dueRemainingMs, acknowledgeRemainingMs } = state.pause;
  return accept({
    ...coreOf(state),
    ...state.resumeTo,
    dueAt: dueRemainingMs === undefined ? state.dueAt : resumedDueAt(dueRemainingMs, ctx.now),
    originalDueAt: state.originalDueAt === undefined ? undefined : shiftInstant(state.originalDueAt, pausedFor),
    acknowledgeBy: acknowledgeRemainingMs === undefined ? state.acknowledgeBy : resumedDueAt(acknowledgeRemainingMs, ctx.now),
  });
}

export function cancel(state: TaskState, cmd: Cmd<'cancel'>, ctx: TransitionContext): TransitionResult {
  if (state.status === 'completed' || state.status === 'cancelled') return reject(wrongStatus('cancel', state.status));
  if (blank(cmd.reason)) return reject(problem('cancel', 'reason_required'));
  return accept({ ...coreOf(state), status: 'cancelled', cancellation: { reason: cmd.reason.trim(), at: iso(ctx) } });
}

function pausableDetail(state: TaskState): PausableStatusDetail | undefined {
  switch (state.status) {
    case 'assigned':
    case 'acknowledged':
    case 'in_progress':
      return { status: state.status };
    case 'returned':
      return { status: 'returned', rework: state.rework };
    default:
      return undefined;
  }
}

function iso(ctx: TransitionContext): IsoInstant {
  return toIsoInstant(toEpochMs(ctx.now));
}
