import { WorkingCalendar } from '../calendar/working-calendar';
import { periodLabelVi } from '../task-definition/recurring-duty.schedule';
import { formatVnDate } from '../time/local-date.util';
import { Instant, IsoInstant, toEpochMs, toIsoInstant, vnDateOf } from '../time/vn-time.util';

// The result of one period of a duty (or of one task), with the note that goes into the
// Vietnamese progress report.

export type PeriodResult = 'on_time' | 'late' | 'missing' | 'not_due';

export interface PeriodEvaluation {
  readonly key: string;
  readonly result: PeriodResult;
  readonly dueAt: IsoInstant;
  readonly submittedAt?: IsoInstant;
  /** Working days late (for late) or overdue so far (for missing). */
  readonly workingDaysLate?: number;
  readonly note: string;
}

export interface DuePeriod {
  /** 'YYYY-MM', 'YYYY-Qn', or any id (a task id for a one-off task). */
  readonly key: string;
  readonly dueAt: Instant;
}

/** A submission after `asOf` is not known yet at `asOf` and so is ignored. */
export function evaluatePeriod(
  period: DuePeriod,
  submittedAt: Instant | undefined,
  asOf: Instant,
  calendar: WorkingCalendar,
): PeriodEvaluation {
  const due = toEpochMs(period.dueAt);
  const now = toEpochMs(asOf);
  const submitted = submittedAt !== undefined && toEpochMs(submittedAt) <= now ? toIsoInstant(toEpochMs(submittedAt)) : undefined;
  const base = { key: period.key, dueAt: toIsoInstant(due) };
  const title = capitalize(labelOf(period.key));
  const dueText = `hạn ${formatVnDate(vnDateOf(period.dueAt))}`;
  if (submitted !== undefined) {
    const on = `ngày ${formatVnDate(vnDateOf(submitted))}`;
    if (toEpochMs(submitted) <= due) {
      return { ...base, submittedAt: submitted, result: 'on_time', note: `${title}: đã báo cáo đúng hạn (${on}; ${dueText}).` };
    }
    const late = calendar.workingDaysBetween(period.dueAt, submitted);
    const how = late > 0 ? `báo cáo chậm ${late} ngày làm việc` : 'báo cáo chậm so với hạn';
    return { ...base, submittedAt: submitted, result: 'late', workingDaysLate: late, note: `${title}: ${how} (${on}; ${dueText}).` };
  }
  if (now <= due) return { ...base, result: 'not_due', note: `${title}: chưa đến hạn báo cáo (${dueText}).` };
  const overdue = calendar.workingDaysBetween(period.dueAt, asOf);
  const how = overdue > 0 ? `chưa báo cáo, quá hạn ${overdue} ngày làm việc` : 'chưa báo cáo, đã quá hạn';
  return { ...base, result: 'missing', workingDaysLate: overdue, note: `${title}: ${how} (${dueText}).` };
}

function labelOf(key: string): string {
  return /^\d{4}-(\d{2}|Q[1-4])$/.test(key) ? periodLabelVi(key) : `nhiệm vụ ${key}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
