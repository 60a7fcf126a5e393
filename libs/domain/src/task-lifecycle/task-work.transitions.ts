import { isIsoInstant, toEpochMs, toIsoInstant } from '../time/vn-time.util';
import { TaskCommand } from './task-command.types';
import { coreOf } from './task-lifecycle.transitions';
import { problem, wrongStatus } from './task-rejection.messages';
import { EvidenceRef, TaskState } from './task-state.types';
import { TransitionContext, TransitionResult, accept, reject } from './task-transition.types';

// The work itself: progress, extensions, submission, approval, rework.

type Cmd<T extends TaskCommand['type']> = Extract<TaskCommand, { type: T }>;

const UNDER_WAY = new Set(['acknowledged', 'in_progress', 'returned']);
const blank = (text: string | undefined) => typeof text !== 'string' || text.trim() === '';
const now = (ctx: TransitionContext) => toIsoInstant(toEpochMs(ctx.now));
const evidenceOf = (evidence: readonly EvidenceRef[] | undefined) => [...(evidence ?? [])];

export function reportProgress(state: TaskState, cmd: Cmd<'reportProgress'>, ctx: TransitionContext): TransitionResult {
  if (!UNDER_WAY.has(state.status)) return reject(wrongStatus('reportProgress', state.status));
  if (!Number.isInteger(cmd.percent) || cmd.percent < 0 || cmd.percent > 100) {
    return reject(problem('reportProgress', 'invalid_percent'));
  }
  return accept({
    ...coreOf(state),
    lastProgress: { percent: cmd.percent, note: cmd.note ?? '', evidence: evidenceOf(cmd.evidence), at: now(ctx) },
    status: 'in_progress',
  });
}

export function requestExtension(state: TaskState, cmd: Cmd<'requestExtension'>, ctx: TransitionContext): TransitionResult {
  if (!UNDER_WAY.has(state.status)) return reject(wrongStatus('requestExtension', state.status));
  if (blank(cmd.reason)) return reject(problem('requestExtension', 'reason_required'));
  if (state.dueAt === undefined) return reject(problem('requestExtension', 'no_deadline'));
  if (!isIsoInstant(cmd.newDueAt)) return reject(problem('requestExtension', 'invalid_instant'));
  if (toEpochMs(cmd.newDueAt) <= toEpochMs(state.dueAt)) return reject(problem('requestExtension', 'due_not_later'));
  if (state.extensionRequests.some((r) => r.decision === undefined)) return reject(problem('requestExtension', 'extension_pending'));
  const request = {
    requestId: `ext-${state.extensionRequests.length + 1}`,
    newDueAt: toIsoInstant(toEpochMs(cmd.newDueAt)),
    reason: cmd.reason.trim(),
    requestedAt: now(ctx),
  };
  return accept({ ...state, extensionRequests: [...state.extensionRequests, request] });
}

/** An approved extension moves `dueAt` only; `originalDueAt` keeps telling lateness from it. */
export function decideExtension(state: TaskState, cmd: Cmd<'decideExtension'>, ctx: TransitionContext): TransitionResult {
  if (!UNDER_WAY.has(state.status)) return reject(wrongStatus('decideExtension', state.status));
  const request = state.extensionRequests.find((r) => r.requestId === cmd.requestId && r.decision === undefined);
  if (!request) return reject(problem('decideExtension', 'unknown_extension'));
  const decided = { ...request, decision: { approved: cmd.approve, at: now(ctx) } };
  return accept({
    ...state,
    dueAt: cmd.approve ? request.newDueAt : state.dueAt,
    extensionRequests: state.extensionRequests.map((r) => (r === request ? decided : r)),
  });
}

export function submitCompletion(state: TaskState, cmd: Cmd<'submitCompletion'>, ctx: TransitionContext): TransitionResult {
  if (!UNDER_WAY.has(state.status)) return reject(wrongStatus('submitCompletion', state.status));
  if (blank(cmd.summary)) return reject(problem('submitCompletion', 'summary_required'));
  return accept({
    ...coreOf(state),
    status: 'submitted',
    submission: { summary: cmd.summary.trim(), evidence: evidenceOf(cmd.evidence), at: now(ctx) },
  });
}

/**
 * Timeliness is judged by the submission, not the approval: the leader's delay is not the
 * unit's. A major quality error found at approval must say what it is (it costs the unit
 * quality points); the verdict itself is recorded by the follow-up, not in the task state.
 */
export function approveCompletion(state: TaskState, cmd: Cmd<'approveCompletion'>, ctx: TransitionContext): TransitionResult {
  if (state.status !== 'submitted') return reject(wrongStatus('approveCompletion', state.status));
  if (cmd.quality === 'major-error' && blank(cmd.qualityReason)) return reject(problem('approveCompletion', 'reason_required'));
  return accept({ ...coreOf(state), status: 'completed', submission: state.submission, approvedAt: now(ctx) });
}

/** A rework deadline, like an extension, moves `dueAt` and leaves `originalDueAt`. */
export function returnForRework(state: TaskState, cmd: Cmd<'returnForRework'>, ctx: TransitionContext): TransitionResult {
  if (state.status !== 'submitted') return reject(wrongStatus('returnForRework', state.status));
  if (blank(cmd.reason)) return reject(problem('returnForRework', 'reason_required'));
  let dueAt = state.dueAt;
  if (cmd.newDueAt !== undefined) {
    if (!isIsoInstant(cmd.newDueAt)) return reject(problem('returnForRework', 'invalid_instant'));
    const floor = Math.max(toEpochMs(ctx.now), state.dueAt === undefined ? Number.NEGATIVE_INFINITY : toEpochMs(state.dueAt));
    if (toEpochMs(cmd.newDueAt) <= floor) return reject(problem('returnForRework', 'due_not_later'));
    dueAt = toIsoInstant(toEpochMs(cmd.newDueAt));
  }
  return accept({ ...coreOf(state), dueAt, status: 'returned', rework: { reason: cmd.reason.trim(), at: now(ctx) } });
}
