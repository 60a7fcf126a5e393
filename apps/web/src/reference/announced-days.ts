import type { AnnouncedYear } from '../api/types';

/** How an announced day changes the working week. */
export type AnnouncedDayKind = 'dayOff' | 'makeUp' | 'swapped';

export interface AnnouncedDay {
  date: string;
  kind: AnnouncedDayKind;
  /** What the announcement calls it, when it names it. */
  name?: string;
  notice: string;
}

/**
 * The days a year's announcement adds to the Labour Code's holidays, in date order: the
 * day given with 2/9, swapped days off with their make-up days, and one-off days off.
 */
export function announcedDays(year: AnnouncedYear): AnnouncedDay[] {
  const days: AnnouncedDay[] = [{ date: year.nationalDayAdjacent, kind: 'dayOff', name: '2/9', notice: year.source }];
  for (const swap of year.swaps ?? []) {
    const notice = swap.notice ?? year.source;
    days.push({ date: swap.dayOff, kind: 'swapped', notice }, { date: swap.makeUpOn, kind: 'makeUp', notice });
  }
  for (const off of year.daysOff ?? []) days.push({ date: off.date, kind: 'dayOff', name: off.name, notice: off.notice });
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
