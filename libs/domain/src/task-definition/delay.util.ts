import { WorkingCalendar } from '../calendar/working-calendar';
import { Instant, IsoInstant, toEpochMs, toIsoInstant } from '../time/vn-time.util';
import { Delay } from './task-definition.types';

/** The instant a delay after `from` ends: end of the n-th working day after, or from + ms. */
export function afterDelay(from: Instant, delay: Delay, calendar: WorkingCalendar): IsoInstant {
  return 'workingDays' in delay ? calendar.addWorkingDays(from, delay.workingDays) : toIsoInstant(toEpochMs(from) + delay.ms);
}
