import { problemLine, type DirectiveDraft } from '@dondoc/contracts';
import { dutyPeriods, formatVnDate, vnDateOf } from '@dondoc/domain';

/**
 * Deadlines a draft states that have already passed at `now`: issuing them would start
 * follow-ups that are overdue at birth and escalate to the chairman within seconds. A fixed
 * `at` in the past, a recurring duty whose last period (`until`, Vietnam's end of day) has
 * ended, or one whose first periods (from `from`, else the directive's date) are already due.
 * A draft may hold them (an old letter imported to read); issuing may not.
 */
export function pastDeadlineProblems(draft: Pick<DirectiveDraft, 'tasks' | 'date'>, now: Date): string[] {
  const problems: string[] = [];
  draft.tasks.forEach((task, i) => {
    const deadline = task.deadline;
    if (!deadline) return;
    if ('at' in deadline && Date.parse(deadline.at) <= now.getTime()) {
      problems.push(
        problemLine(
          `tasks.${i}.deadline.at`,
          `thời hạn ${deadline.at} đã qua, không thể giao nhiệm vụ (mục ${task.itemRef})`,
          'the deadline is already past',
        ),
      );
    }
    if ('until' in deadline) {
      if (Date.parse(`${deadline.until}T23:59:59.999+07:00`) <= now.getTime()) {
        problems.push(
          problemLine(
            `tasks.${i}.deadline.until`,
            `mọi kỳ báo cáo đã kết thúc (đến ngày ${deadline.until}, mục ${task.itemRef})`,
            'every period of the duty is already over',
          ),
        );
        return;
      }
      const due = duePeriods({ ...deadline, from: deadline.from ?? draft.date }, now);
      if (due.length > 0) {
        problems.push(
          problemLine(
            `tasks.${i}.deadline.from`,
            `${due.length} kỳ đầu đã quá hạn (kỳ ${due[0].label}, hạn ngày ${formatVnDate(vnDateOf(due[0].dueAt))}, mục ${task.itemRef}); chọn ngày bắt đầu sau hôm nay`,
            `${due.length} period(s) already past; start the duty later`,
          ),
        );
      }
    }
  });
  return problems;
}

/** Periods of a recurring duty already due at `now` (none when the duty cannot be laid out: validation says why elsewhere). */
function duePeriods(
  duty: { every: 'month' | 'quarter'; dueDay: number; from: string; until: string },
  now: Date,
): { label: string; dueAt: string }[] {
  try {
    return dutyPeriods(duty)
      .filter((p) => Date.parse(p.dueAt) <= now.getTime())
      .map((p) => ({ label: p.label, dueAt: p.dueAt }));
  } catch {
    return [];
  }
}
