import {
  evaluatePeriod,
  statusAsOf,
  toEpochMs,
  vnDateOf,
  type IssuerQualityError,
  type PeriodResult,
  type WorkingCalendar,
} from '@dondoc/domain';
import type { ReportPeriod, ReportTask } from './report-task';
import { inWindow, type ReportWindow } from './report-window';

// One obligation counted by a report: a one-off task due in the window, or one period of
// a recurring duty due in it, classified as of a date in the official taxonomy.

/**
 * The Government Office's categories (báo cáo kết quả thực hiện nhiệm vụ): đã hoàn thành
 * đúng hạn (an approved extension keeps a task on time), hoàn thành quá hạn, chưa hoàn
 * thành đã quá hạn, and chưa đến hạn (đang thực hiện trong hạn).
 */
export type ItemOutcome = 'done_on_time' | 'done_on_time_after_extension' | 'done_late' | 'overdue' | 'not_due';

export const ITEM_OUTCOME_LABELS: Readonly<Record<ItemOutcome, string>> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_on_time_after_extension: 'Hoàn thành đúng hạn (sau gia hạn)',
  done_late: 'Hoàn thành quá hạn',
  overdue: 'Chưa hoàn thành, đã quá hạn',
  not_due: 'Đang thực hiện, chưa đến hạn',
};

export interface ReportItem {
  readonly taskId: string;
  readonly directiveId: string;
  readonly directiveNumber: string;
  readonly itemRef: string;
  readonly text: string;
  readonly unitId: string;
  /** The period key for a duty, null for a one-off task. */
  readonly period: string | null;
  /** 'YYYY-MM' of the due day (the matrix column). */
  readonly month: string;
  readonly dueAt: string | null;
  readonly submittedAt: string | null;
  readonly outcome: ItemOutcome;
  /** For the grade: what the evaluation rules count. */
  readonly result: PeriodResult;
  /** Working days late (done late) or overdue so far (overdue). */
  readonly workingDaysLate: number | null;
  readonly ruleId: string;
  readonly escalationLevel: number;
  /** The period was closed and evaluated by then: its result is final and nothing can be done for it. */
  readonly closed: boolean;
  /** The major quality errors the issuer marked by then, at approval or at a return for rework (absent: none). */
  readonly issuerQualityErrors?: readonly IssuerQualityError[];
}

const RESULT_OF: Readonly<Record<ItemOutcome, PeriodResult>> = {
  done_on_time: 'on_time',
  done_on_time_after_extension: 'on_time',
  done_late: 'late',
  overdue: 'missing',
  not_due: 'not_due',
};

const OUTCOME_OF_PERIOD: Readonly<Record<PeriodResult, ItemOutcome>> = {
  on_time: 'done_on_time',
  late: 'done_late',
  missing: 'overdue',
  not_due: 'not_due',
};

/** The month a period key's due day falls in: its own month, or a quarter's last month. */
export function dueMonthOfPeriod(key: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  return q ? `${q[1]}-${String(Number(q[2]) * 3).padStart(2, '0')}` : key.slice(0, 7);
}

/** The task's obligations due in the window, as they stood at `asOf`. */
export function itemsOf(task: ReportTask, window: ReportWindow, asOf: string, calendar: WorkingCalendar): ReportItem[] {
  const common = {
    taskId: task.taskId,
    directiveId: task.directiveId,
    directiveNumber: task.directiveNumber,
    itemRef: task.itemRef,
    text: task.text,
    unitId: task.leadUnitId,
    ruleId: task.ruleId,
    escalationLevel: task.escalationLevel,
  };
  if (task.kind === 'duty') {
    return task.periods
      .filter((p) => window.months.includes(dueMonthOfPeriod(p.key)))
      .map((p) => ({ ...common, ...periodItem(p, asOf, calendar), period: p.key, month: dueMonthOfPeriod(p.key) }));
  }
  const facts = task.facts;
  if (!facts?.dueAt) return []; // without a deadline a task is in no window
  const dueDay = vnDateOf(facts.dueAt);
  if (!inWindow(window, dueDay)) return [];
  const { status } = statusAsOf(facts, asOf);
  if (status === 'cancelled' || status === 'no_deadline') return [];
  const outcome: ItemOutcome = status === 'open_overdue' ? 'overdue' : status === 'open_within_deadline' ? 'not_due' : status;
  const submittedAt = facts.submittedAt && toEpochMs(facts.submittedAt) <= toEpochMs(asOf) ? facts.submittedAt : null;
  const issuerQualityErrors = (task.qualityMarks ?? [])
    .filter((m) => m.verdict === 'major-error' && toEpochMs(m.at) <= toEpochMs(asOf))
    .map((m) => ({ on: m.on, at: m.at, reason: m.reason ?? '' }));
  const workingDaysLate =
    outcome === 'done_late' && submittedAt
      ? calendar.workingDaysBetween(facts.dueAt, submittedAt)
      : outcome === 'overdue'
        ? calendar.workingDaysBetween(facts.dueAt, submittedAt ?? asOf)
        : null;
  return [
    {
      ...common,
      period: null,
      month: dueDay.slice(0, 7),
      dueAt: facts.dueAt,
      submittedAt,
      outcome,
      result: RESULT_OF[outcome],
      workingDaysLate,
      closed: false,
      ...(issuerQualityErrors.length ? { issuerQualityErrors } : {}),
    },
  ];
}

function periodItem(p: ReportPeriod, asOf: string, calendar: WorkingCalendar) {
  const at = toEpochMs(asOf);
  const submittedAt = p.submittedAt && toEpochMs(p.submittedAt) <= at ? p.submittedAt : null;
  // The recorded evaluation is the authority once it exists at `asOf`; before it, the
  // same domain function the workflow closes with gives the period's standing.
  if (p.evaluated && toEpochMs(p.evaluated.at) <= at) {
    const late = p.dueAt && submittedAt && p.evaluated.result === 'late' ? calendar.workingDaysBetween(p.dueAt, submittedAt) : null;
    const overdue = p.dueAt && p.evaluated.result === 'missing' ? calendar.workingDaysBetween(p.dueAt, asOf) : null;
    const outcome = OUTCOME_OF_PERIOD[p.evaluated.result];
    return { dueAt: p.dueAt || null, submittedAt, outcome, result: p.evaluated.result, workingDaysLate: late ?? overdue, closed: true };
  }
  if (!p.dueAt) {
    const outcome: ItemOutcome = submittedAt && p.evaluated ? OUTCOME_OF_PERIOD[p.evaluated.result] : 'not_due';
    return { dueAt: null, submittedAt, outcome, result: RESULT_OF[outcome], workingDaysLate: null, closed: false };
  }
  const e = evaluatePeriod({ key: p.key, dueAt: p.dueAt }, submittedAt ?? undefined, asOf, calendar);
  return {
    dueAt: p.dueAt,
    submittedAt,
    outcome: OUTCOME_OF_PERIOD[e.result],
    result: e.result,
    workingDaysLate: e.workingDaysLate ?? null,
    closed: false,
  };
}
