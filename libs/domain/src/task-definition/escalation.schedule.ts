import { WorkingCalendar } from '../calendar/working-calendar';
import { Instant, IsoInstant, toEpochMs, toIsoInstant } from '../time/vn-time.util';
import { afterDelay } from './delay.util';
import { EscalationLevel, EscalationPolicy } from './task-definition.types';
import { ESCALATION_LEVEL_NAMES } from './task-policy.defaults';

export interface EscalationMilestone {
  readonly level: EscalationLevel;
  readonly at: IsoInstant;
  /** Who is told, in Vietnamese. */
  readonly notify: string;
}

/**
 * Level 1 fires at the missed instant itself (the head of the lead unit hears of the miss
 * at once); each further level one delay after the previous one.
 */
export function escalationInstants(dueAt: Instant, policy: EscalationPolicy, calendar: WorkingCalendar): EscalationMilestone[] {
  if (!Number.isInteger(policy.maxLevel) || policy.maxLevel < 1 || policy.maxLevel > 3) {
    throw new RangeError(`Escalation maxLevel must be 1..3: ${policy.maxLevel}`);
  }
  const steps: EscalationMilestone[] = [];
  let at: IsoInstant = toIsoInstant(toEpochMs(dueAt));
  for (let level = 1; level <= policy.maxLevel; level++) {
    if (level > 1) at = afterDelay(at, policy.delay, calendar);
    steps.push({ level: level as EscalationLevel, at, notify: ESCALATION_LEVEL_NAMES[level as EscalationLevel] });
  }
  return steps;
}
