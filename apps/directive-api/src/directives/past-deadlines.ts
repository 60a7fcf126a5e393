import { problemLine, type DirectiveDraft } from '@dondoc/contracts';

/**
 * Deadlines a draft states that have already passed at `now`: issuing them would start
 * follow-ups that are overdue at birth and escalate to the chairman within seconds. A fixed
 * `at` in the past, or a recurring duty whose last period (`until`, Vietnam's end of day)
 * has ended. A draft may hold them (an old letter imported to read); issuing may not.
 */
export function pastDeadlineProblems(draft: Pick<DirectiveDraft, 'tasks'>, now: Date): string[] {
  const problems: string[] = [];
  draft.tasks.forEach((task, i) => {
    const deadline = task.deadline;
    if (!deadline) return;
    if ('at' in deadline && Date.parse(deadline.at) <= now.getTime()) {
      problems.push(problemLine(`tasks.${i}.deadline.at`, `thời hạn ${deadline.at} đã qua, không thể giao nhiệm vụ (mục ${task.itemRef})`, 'the deadline is already past'));
    }
    if ('until' in deadline && Date.parse(`${deadline.until}T23:59:59.999+07:00`) <= now.getTime()) {
      problems.push(problemLine(`tasks.${i}.deadline.until`, `mọi kỳ báo cáo đã kết thúc (đến ngày ${deadline.until}, mục ${task.itemRef})`, 'every period of the duty is already over'));
    }
  });
  return problems;
}
