import { WorkingCalendar } from '../calendar/working-calendar';
import { Instant } from '../time/vn-time.util';
import { Rejection } from './task-rejection.messages';
import { TaskState } from './task-state.types';

/** What a transition needs besides state and command: the workflow's clock and calendar. */
export interface TransitionContext {
  readonly now: Instant;
  readonly calendar: WorkingCalendar;
}

export type TransitionResult = { readonly ok: true; readonly state: TaskState } | { readonly ok: false; readonly rejection: Rejection };

export const accept = (state: TaskState): TransitionResult => ({ ok: true, state });
export const reject = (rejection: Rejection): TransitionResult => ({ ok: false, rejection });
