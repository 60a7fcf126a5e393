import type { TaskCommand } from '@dondoc/domain';
import type { QualityMark } from '../task-follow-up.types';

// The issuer's quality verdict as an approval or a return for rework carries it: what the
// follow-up records, what the timeline says, and the command as a worker from before
// verdicts applied it (the workflow replays old histories with that, see patched()).

/** The verdict `command` carries, as the follow-up records it; undefined when it carries none. */
export function qualityMarkOf(command: TaskCommand, by: string, at: string): QualityMark | undefined {
  if (command.type === 'approveCompletion' && command.quality) {
    const reason = command.quality === 'major-error' ? (command.qualityReason?.trim() ?? null) : null;
    return { on: 'approval', verdict: command.quality, reason, at, by };
  }
  if (command.type === 'returnForRework' && command.qualityError !== undefined) {
    const verdict = command.qualityError ? 'major-error' : 'met';
    return { on: 'return', verdict, reason: command.qualityError ? command.reason.trim() : null, at, by };
  }
  return undefined;
}

export function carriesQualityVerdict(command: TaskCommand): boolean {
  return qualityMarkOf(command, '', '') !== undefined;
}

/** `command` without its verdict. */
export function withoutQualityVerdict(command: TaskCommand): TaskCommand {
  if (command.type === 'approveCompletion') return { type: 'approveCompletion' };
  if (command.type === 'returnForRework') {
    const { qualityError: _verdict, ...rest } = command;
    return rest;
  }
  return command;
}

/** The timeline's words for the verdict, after the command's own line ('' without one). */
export function qualityVerdictText(command: TaskCommand): string {
  const mark = qualityMarkOf(command, '', '');
  if (!mark) return '';
  if (mark.on === 'approval')
    return mark.verdict === 'met' ? ' Chất lượng: đạt yêu cầu.' : ` Chất lượng: có sai sót lớn (${mark.reason ?? ''}).`;
  return mark.verdict === 'major-error' ? ' Tính là sai sót lớn về chất lượng.' : ' Không tính là sai sót về chất lượng.';
}
