import { WorkingCalendar } from '../calendar/working-calendar';
import { Instant, IsoInstant, toEpochMs, toIsoInstant, vnDateOf, vnWallClockMs } from '../time/vn-time.util';
import { DEFAULT_TASK_POLICY } from './task-policy.defaults';

/**
 * Reminder instants before a due instant: for each n, the start of office hours (08:00
 * Vietnam time) on the n-th working day before the due day. Reminders not strictly
 * between `notBefore` (usually the assignment) and the due instant are dropped: a task
 * given two days before its deadline gets only the reminders still ahead of it.
 */
export function reminderInstants(
  dueAt: Instant,
  workingDaysBefore: readonly number[],
  calendar: WorkingCalendar,
  notBefore?: Instant,
): IsoInstant[] {
  const due = toEpochMs(dueAt);
  const floor = notBefore === undefined ? Number.NEGATIVE_INFINITY : toEpochMs(notBefore);
  const { hour, minute } = DEFAULT_TASK_POLICY.reminderLocalTime;
  const instants = workingDaysBefore
    .map((n) => vnWallClockMs(calendar.shiftWorkingDays(vnDateOf(dueAt), -n), hour, minute))
    .filter((ms) => ms > floor && ms < due);
  return [...new Set(instants)].sort((a, b) => a - b).map(toIsoInstant);
}
