import type { ApprovalQuality, TaskDefinition as WireTaskDefinition } from '@dondoc/contracts';
import type { CalendarData, DueMilestones, ReportingStatus, TaskState } from '@dondoc/domain';

/** Input of `taskFollowUp`, versioned: a new shape gets a new schemaVersion, old ones keep working. */
export interface TaskFollowUpInput {
  schemaVersion: 1;
  definition: WireTaskDefinition;
  /**
   * The working calendar version in force when the task was started (published data);
   * absent: the version shipped in code. Later versions arrive by `calendarPublished`.
   */
  calendar?: CalendarData;
  /** Present when the workflow continued as new: the compact state of the previous run. */
  carried?: CarriedState;
}

export type PeriodResult = 'on_time' | 'late' | 'missing' | 'not_due';

/** One reporting period of a recurring duty. */
export interface PeriodState {
  key: string;
  label: string;
  dueAt: string;
  /** End of the period's last day: the evaluation is recorded then. */
  closesAt: string;
  milestones: DueMilestones;
  reportedAt?: string;
  result?: PeriodResult;
}

export interface EvaluationRecord {
  period: string;
  label: string;
  result: PeriodResult;
  note: string;
  ruleId: string;
  at: string;
}

export interface ReportRecord {
  at: string;
  percent: number;
  note: string;
  evidence: { title: string; ref: string }[];
  period: string | null;
  by: string;
}

export interface YearEndRecord {
  year: number;
  grade: string;
  label: string;
  score: number | null;
  ruleId: string;
  at: string;
}

/**
 * The issuer's quality verdict on one hand-in (Nghị định 335/2025/NĐ-CP: each major error
 * costs 25 % of the item's quality points unless an objective cause is confirmed): given at
 * approval (`quality`), or at a return for rework (`qualityError`: 'major-error' when the
 * issuer counted the return as a quality error, 'met' when it said it is not one).
 */
export interface QualityMark {
  on: 'approval' | 'return';
  verdict: ApprovalQuality;
  /** What the error is (the return's reason for a return); null for 'met'. */
  reason: string | null;
  at: string;
  by: string;
}

/** A line of the task's history in Vietnamese, for people (the API's timeline). */
export interface TimelineEntry {
  at: string;
  kind: string;
  text: string;
  by?: string;
}

/** Everything a follow-up needs to go on; carried across continue-as-new, so kept compact. */
export interface CarriedState {
  task: TaskState;
  revision: number;
  calendarVersion: string;
  /** The published calendar data this run follows; absent: the version shipped in code. */
  calendar?: CalendarData;
  /** Deadlines of the current acknowledgement window and the current one-off deadline. */
  ack?: DueMilestones & { generation: number };
  due?: DueMilestones & { generation: number };
  periods: PeriodState[];
  evaluations: EvaluationRecord[];
  reports: ReportRecord[];
  timeline: TimelineEntry[];
  /** Idempotency keys of agenda items already done (reminders, overdue, escalations, closes). */
  done: string[];
  yearEnd?: YearEndRecord;
  /** The issuer's quality verdicts, oldest first (absent in runs from before they were given). */
  qualityMarks?: QualityMark[];
  /** How many runs came before this one (continue-as-new). */
  run: number;
  finishedAt?: string;
}

/** What the `snapshot` query and every update return. */
export interface TaskSnapshot {
  taskId: string;
  directiveId: string;
  directiveNumber: string;
  itemRef: string;
  text: string;
  leadUnitId: string;
  supportUnitIds: string[];
  status: TaskState['status'];
  statusLabel: string;
  reportingStatus: ReportingStatus;
  reportingLabel: string;
  overdue: boolean;
  escalationLevel: number;
  acknowledgeBy: string | null;
  acknowledgedAt: string | null;
  dueAt: string | null;
  originalDueAt: string | null;
  extensions: TaskState['extensionRequests'];
  reports: ReportRecord[];
  periods: Omit<PeriodState, 'milestones'>[];
  evaluations: EvaluationRecord[];
  yearEnd: YearEndRecord | null;
  /** The issuer's quality verdicts at approval and return (absent in snapshots stored before they existed). */
  qualityMarks?: QualityMark[];
  timeline: TimelineEntry[];
  revision: number;
  run: number;
  calendarVersion: string;
  /** Sequence of the published calendar version in use (1 = the one shipped in code). */
  calendarSequence: number;
  finishedAt: string | null;
  asOf: string;
  state: TaskState;
}
