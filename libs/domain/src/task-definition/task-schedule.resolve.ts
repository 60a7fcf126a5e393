import { WorkingCalendar } from '../calendar/working-calendar';
import { isLocalDate } from '../time/local-date.util';
import { Instant, IsoInstant, toEpochMs, toIsoInstant, vnEndOfDay } from '../time/vn-time.util';
import { afterDelay } from './delay.util';
import { DutyPeriod, dutyPeriods } from './recurring-duty.schedule';
import { escalationInstants, EscalationMilestone } from './escalation.schedule';
import { reminderInstants } from './reminder.schedule';
import { Deadline, EscalationPolicy, TaskDefinition } from './task-definition.types';
import { DEFAULT_TASK_POLICY } from './task-policy.defaults';

// Turns a definition into the concrete instants a follow-up workflow sleeps until.

export interface DueMilestones {
  readonly dueAt: IsoInstant;
  readonly reminders: readonly IsoInstant[];
  readonly escalations: readonly EscalationMilestone[];
}

export interface ResolvedTaskSchedule {
  /** Recorded so the schedule can be explained and recomputed later. */
  readonly calendarVersion: string;
  readonly assignedAt: IsoInstant;
  readonly acknowledgeBy: IsoInstant;
  /** For a one-off deadline. */
  readonly due?: DueMilestones;
  /** For a recurring duty: one entry per period, with its own milestones. */
  readonly periods: readonly (DutyPeriod & { readonly milestones: DueMilestones })[];
}

/** A deadline as an instant: an ISO instant as is, a day at its end in Vietnam, N working days after assignment. */
export function resolveDeadline(deadline: Deadline, assignedAt: Instant, calendar: WorkingCalendar): IsoInstant {
  if ('workingDays' in deadline) return calendar.addWorkingDays(assignedAt, deadline.workingDays);
  return isLocalDate(deadline.at) ? vnEndOfDay(deadline.at) : toIsoInstant(toEpochMs(deadline.at));
}

export function acknowledgementDueAt(def: TaskDefinition, assignedAt: Instant, calendar: WorkingCalendar): IsoInstant {
  return afterDelay(assignedAt, def.acknowledgeWithin ?? DEFAULT_TASK_POLICY.acknowledgeWithin, calendar);
}

export function dueMilestones(
  dueAt: Instant,
  def: Pick<TaskDefinition, 'remindBefore' | 'escalation'>,
  calendar: WorkingCalendar,
  notBefore?: Instant,
): DueMilestones {
  const escalation: EscalationPolicy = def.escalation ?? DEFAULT_TASK_POLICY.escalation;
  return {
    dueAt: toIsoInstant(toEpochMs(dueAt)),
    reminders: reminderInstants(dueAt, def.remindBefore ?? DEFAULT_TASK_POLICY.remindBefore, calendar, notBefore),
    escalations: escalationInstants(dueAt, escalation, calendar),
  };
}

export function resolveTaskSchedule(def: TaskDefinition, assignedAt: Instant, calendar: WorkingCalendar): ResolvedTaskSchedule {
  const { timing } = def;
  const base = {
    calendarVersion: calendar.version,
    assignedAt: toIsoInstant(toEpochMs(assignedAt)),
    acknowledgeBy: acknowledgementDueAt(def, assignedAt, calendar),
  };
  if (timing.kind === 'deadline') {
    const dueAt = resolveDeadline(timing.deadline, assignedAt, calendar);
    return { ...base, due: dueMilestones(dueAt, def, calendar, assignedAt), periods: [] };
  }
  if (timing.kind === 'recurring') {
    const periods = dutyPeriods(timing.duty).map((p) => ({ ...p, milestones: dueMilestones(p.dueAt, def, calendar, assignedAt) }));
    return { ...base, periods };
  }
  return { ...base, periods: [] };
}
