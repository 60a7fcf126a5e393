import { TaskCommand } from './task-command.types';
import { acknowledge, cancel, pause, reassign, refuse, resume } from './task-lifecycle.transitions';
import { TaskState } from './task-state.types';
import { unknownCommand } from './task-rejection.messages';
import { TransitionContext, TransitionResult, reject } from './task-transition.types';
import {
  approveCompletion,
  decideExtension,
  reportProgress,
  requestExtension,
  returnForRework,
  submitCompletion,
} from './task-work.transitions';

/**
 * The only way a task changes: pure, so a workflow update validator can call it to
 * answer at once, and the handler calls it again to apply.
 */
export function transition(state: TaskState, command: TaskCommand, ctx: TransitionContext): TransitionResult {
  switch (command.type) {
    case 'acknowledge':
      return acknowledge(state, ctx);
    case 'refuse':
      return refuse(state, command, ctx);
    case 'reportProgress':
      return reportProgress(state, command, ctx);
    case 'requestExtension':
      return requestExtension(state, command, ctx);
    case 'decideExtension':
      return decideExtension(state, command, ctx);
    case 'submitCompletion':
      return submitCompletion(state, command, ctx);
    case 'approveCompletion':
      return approveCompletion(state, command, ctx);
    case 'returnForRework':
      return returnForRework(state, command, ctx);
    case 'reassign':
      return reassign(state, command, ctx);
    case 'pause':
      return pause(state, command, ctx);
    case 'resume':
      return resume(state, ctx);
    case 'cancel':
      return cancel(state, command, ctx);
    default:
      // Commands arrive over the wire: an unknown type is refused, not thrown.
      return reject(unknownCommand((command as { type?: unknown }).type));
  }
}
