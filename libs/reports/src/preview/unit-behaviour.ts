import { vnWallClockMs, type LocalDate, type WorkingCalendar } from '@dondoc/domain';
import { z } from 'zod';

// How a unit is assumed to behave in a preview: always on time, always N working days
// late, never reporting, or reporting on given days (period key → instant, null = never).

export const behaviourSchema = z.union([
  z.object({ kind: z.literal('on_time') }).strict(),
  z.object({ kind: z.literal('late'), workingDays: z.number().int().min(1).max(60) }).strict(),
  z.object({ kind: z.literal('never') }).strict(),
  z
    .object({
      kind: z.literal('custom'),
      /** Period key ('2022-03') or 'due' for a one-off task → when the unit reports (null: never). */
      reports: z.record(z.string(), z.iso.datetime({ offset: true }).nullable()),
    })
    .strict(),
]);

export type UnitBehaviour = z.infer<typeof behaviourSchema>;

export const BEHAVIOUR_LABELS: Readonly<Record<UnitBehaviour['kind'], string>> = {
  on_time: 'luôn báo cáo đúng hạn',
  late: 'luôn báo cáo chậm',
  never: 'không báo cáo',
  custom: 'báo cáo theo lịch cho trước',
};

export function describeBehaviour(b: UnitBehaviour): string {
  return b.kind === 'late' ? `${BEHAVIOUR_LABELS.late} ${b.workingDays} ngày làm việc` : BEHAVIOUR_LABELS[b.kind];
}

/** 09:00 in Vietnam on that day: when a unit's report is assumed to come in. */
const morning = (day: LocalDate) => new Date(vnWallClockMs(day, 9)).toISOString();

/**
 * When the unit hands in what is due on `dueOn` (`key` names the period, 'due' a one-off
 * deadline), or undefined when it never does. On time: the due day, or the last working day
 * before it when it is a day off. Late: N working days after the due day.
 */
export function handInAt(b: UnitBehaviour, key: string, dueOn: LocalDate, calendar: WorkingCalendar): string | undefined {
  switch (b.kind) {
    case 'on_time':
      return morning(calendar.isWorkingDay(dueOn) ? dueOn : calendar.previousWorkingDay(dueOn));
    case 'late':
      return morning(calendar.shiftWorkingDays(dueOn, b.workingDays));
    case 'never':
      return undefined;
    case 'custom':
      return b.reports[key] ?? undefined;
  }
}
