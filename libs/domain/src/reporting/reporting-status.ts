import { Instant, IsoInstant, toEpochMs } from '../time/vn-time.util';
import { TaskState } from '../task-lifecycle/task-state.types';

// The categories of Vietnamese follow-up reports (báo cáo tình hình thực hiện nhiệm vụ),
// with completion after an approved extension told apart from lateness: an extension
// granted by the issuer keeps a task "đúng hạn".

export type ReportingStatus =
  'done_on_time' | 'done_on_time_after_extension' | 'done_late' | 'open_within_deadline' | 'open_overdue' | 'no_deadline' | 'cancelled';

export const REPORTING_STATUS_LABELS: Readonly<Record<ReportingStatus, string>> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_on_time_after_extension: 'Hoàn thành đúng hạn sau gia hạn',
  done_late: 'Hoàn thành quá hạn',
  open_within_deadline: 'Đang thực hiện trong hạn',
  open_overdue: 'Quá hạn chưa hoàn thành',
  no_deadline: 'Không có thời hạn',
  cancelled: 'Đã hủy (không tính)',
};

/** What reporting needs to know of a task; `factsOf` derives it from a state. */
export interface TaskFacts {
  readonly dueAt?: IsoInstant;
  /** The deadline before extensions and rework deadlines (moved only by pauses). */
  readonly originalDueAt?: IsoInstant;
  /** When the unit handed in the work; timeliness is judged by this instant. */
  readonly submittedAt?: IsoInstant;
  /** When the issuer accepted it: from then on the task counts as done. */
  readonly approvedAt?: IsoInstant;
  readonly cancelledAt?: IsoInstant;
  readonly pausedAt?: IsoInstant;
  readonly pausedRemainingMs?: number;
}

export function factsOf(state: TaskState): TaskFacts {
  const base = { dueAt: state.dueAt, originalDueAt: state.originalDueAt };
  switch (state.status) {
    case 'submitted':
      return { ...base, submittedAt: state.submission.at };
    case 'completed':
      return { ...base, submittedAt: state.submission.at, approvedAt: state.approvedAt };
    case 'cancelled':
      return { ...base, cancelledAt: state.cancellation.at };
    case 'paused':
      return { ...base, pausedAt: state.pause.at, pausedRemainingMs: state.pause.dueRemainingMs };
    default:
      return base;
  }
}

/**
 * The reporting status at `asOf`, from the facts as they stand now: `asOf` decides
 * whether approval and submission had happened yet and whether the deadline had passed.
 * A task done without any deadline counts as done on time.
 */
export function statusAsOf(facts: TaskFacts, asOf: Instant): { status: ReportingStatus; label: string } {
  const status = classify(facts, toEpochMs(asOf));
  return { status, label: REPORTING_STATUS_LABELS[status] };
}

function classify(f: TaskFacts, at: number): ReportingStatus {
  const ms = (i: IsoInstant | undefined) => (i === undefined ? undefined : toEpochMs(i));
  const [due, original, submitted, approved, cancelled, paused] = [
    ms(f.dueAt),
    ms(f.originalDueAt ?? f.dueAt),
    ms(f.submittedAt),
    ms(f.approvedAt),
    ms(f.cancelledAt),
    ms(f.pausedAt),
  ];
  if (cancelled !== undefined && cancelled <= at) return 'cancelled';
  if (approved !== undefined && approved <= at && submitted !== undefined) {
    if (due === undefined || original === undefined || submitted <= original) return 'done_on_time';
    return submitted <= due ? 'done_on_time_after_extension' : 'done_late';
  }
  if (due === undefined) return 'no_deadline';
  // Handed in on time and awaiting approval: the unit is not behind.
  if (submitted !== undefined && submitted <= at) return submitted <= due ? 'open_within_deadline' : 'open_overdue';
  if (paused !== undefined && paused <= at && f.pausedRemainingMs !== undefined) {
    return f.pausedRemainingMs >= 0 ? 'open_within_deadline' : 'open_overdue';
  }
  return at <= due ? 'open_within_deadline' : 'open_overdue';
}
