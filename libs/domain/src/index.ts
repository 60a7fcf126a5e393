// Public API of @dondoc/domain: pure (no I/O, no clocks, no Node built-ins), so that the
// same code runs in services and inside Temporal's deterministic workflow sandbox.

// Time: calendar days and instants in Vietnam (UTC+7).
export {
  type LocalDate,
  type DateParts,
  isLocalDate,
  parseLocalDate,
  localDate,
  daysInMonth,
  addDays,
  isoWeekday,
  formatVnDate,
} from './time/local-date.util';
export {
  type Instant,
  type IsoInstant,
  VN_TIME_ZONE,
  VN_UTC_OFFSET_MS,
  isIsoInstant,
  toEpochMs,
  toIsoInstant,
  vnDateOf,
  toVnDate,
  vnWallClockMs,
  vnEndOfDay,
  toVnIso,
} from './time/vn-time.util';

// Lunar calendar (computed).
export {
  type LunarDate,
  VN_LUNAR_TIME_ZONE,
  convertSolar2Lunar,
  convertLunar2Solar,
  lunarDateOf,
  solarDateOfLunar,
  lunarNewYear,
  formatLunarDateVi,
} from './lunar/lunar-calendar.util';

// Working-day calendar.
export type { CalendarData, AnnouncedYear, AnnouncedDayOff, SwappedDay } from './calendar/calendar-data.types';
export { calendarVersionProblems } from './calendar/calendar-version.validation';
export type { DayOff, DayOffKind, MakeUpWorkingDay } from './calendar/day-off.types';
export { VN_CIVIL_SERVICE_CALENDAR } from './calendar/vn-civil-service-calendar.data';
export { statutoryHolidays, tetDays, defaultNationalDayAdjacent } from './calendar/statutory-holidays.rule';
export { type YearDaysOff, yearDaysOff } from './calendar/year-days-off.rule';
export {
  type WorkingCalendar,
  type DayLike,
  createWorkingCalendar,
  civilServiceCalendar,
  workingCalendarOf,
} from './calendar/working-calendar';

// Task definitions and their schedules.
export type {
  DirectiveRef,
  ItemRef,
  Delay,
  Deadline,
  RecurringDuty,
  TaskTiming,
  EscalationLevel,
  EscalationPolicy,
  TaskDefinition,
} from './task-definition/task-definition.types';
export { DEFAULT_TASK_POLICY, ESCALATION_LEVEL_NAMES } from './task-definition/task-policy.defaults';
export { isItemRef, taskDefinitionProblems } from './task-definition/task-definition.validation';
export { directiveIdOf, taskIdOf } from './task-definition/directive-keys';
export { afterDelay } from './task-definition/delay.util';
export { type DutyPeriod, dutyPeriods, periodKeyOf, periodLabelVi } from './task-definition/recurring-duty.schedule';
export { reminderInstants } from './task-definition/reminder.schedule';
export { type EscalationMilestone, escalationInstants } from './task-definition/escalation.schedule';
export {
  type DueMilestones,
  type ResolvedTaskSchedule,
  resolveDeadline,
  acknowledgementDueAt,
  dueMilestones,
  resolveTaskSchedule,
} from './task-definition/task-schedule.resolve';

// Task states, commands and transitions.
export {
  type TaskState,
  type TaskStatus,
  type TaskCore,
  type TaskStatusDetail,
  type PausableStatusDetail,
  type PauseInfo,
  type EvidenceRef,
  type ProgressReport,
  type ExtensionRequest,
  type Submission,
  TASK_STATUS_LABELS,
} from './task-lifecycle/task-state.types';
export type { TaskCommand, TaskCommandType } from './task-lifecycle/task-command.types';
export type { Rejection, RejectionCode } from './task-lifecycle/task-rejection.messages';
export type { TransitionContext, TransitionResult } from './task-lifecycle/task-transition.types';
export { transition } from './task-lifecycle/task-transition';
export { type AssignTaskInput, assignTask } from './task-lifecycle/task-assignment';
export { isOverdue, isAcknowledgementOverdue, recordEscalation, pendingExtension } from './task-lifecycle/task-facts';
export { remainingMs, resumedDueAt, shiftInstant } from './task-lifecycle/pause-clock.util';

// Reporting status taxonomy.
export { type ReportingStatus, type TaskFacts, REPORTING_STATUS_LABELS, factsOf, statusAsOf } from './reporting/reporting-status';
export { type DirectiveProgress, type TaskProgressInput, directiveProgress } from './reporting/directive-progress';

// Evaluation rules.
export { type PeriodResult, type PeriodEvaluation, type DuePeriod, evaluatePeriod } from './evaluation/period-evaluation';
export {
  type Grade,
  type GradeOutcome,
  type ResultCounts,
  type EvaluationRule,
  GRADE_LABELS,
  NOT_GRADED_LABEL,
  countResults,
} from './evaluation/grade.types';
export { type ShareRuleConfig, ND90_SHARE_CONFIG, ND90_SHARE_RULE, createShareRule } from './evaluation/nd90-share.rule';
export { type PointsRuleConfig, ND335_POINTS_CONFIG, ND335_POINTS_RULE, createPointsRule } from './evaluation/nd335-points.rule';
export { EVALUATION_RULES, evaluationRule, periodResultOfStatus } from './evaluation/evaluation-rules';
// The decrees' own rules (chosen by date, with the calculation shown).
export * from './evaluation/decree';

// Org chart (units, escalation chains).
export * from './org-chart';
