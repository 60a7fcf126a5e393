import { z } from 'zod';

// What an administrator sends to publish a working calendar version: the years it
// announces (each with the notice that announced it), laid over the version in force.
// Years not named are carried over unchanged, so announcing 2027 names 2027 only.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'ngày dạng YYYY-MM-DD (a date as YYYY-MM-DD)' });
const notice = z.string().trim().min(3, { message: 'ghi số, ký hiệu, ngày của văn bản công bố (name the announcing notice)' }).max(500);

export const announcedYearSchema = z
  .object({
    source: notice,
    tetFirstDay: day.optional(),
    nationalDayAdjacent: day,
    swaps: z
      .array(z.object({ dayOff: day, makeUpOn: day, notice: notice.optional() }).strict())
      .max(20)
      .optional(),
    daysOff: z
      .array(z.object({ date: day, name: z.string().trim().min(1).max(200), notice }).strict())
      .max(30)
      .optional(),
    compensatoryOverrides: z.record(day, day.nullable()).optional(),
  })
  .strict();

export const calendarVersionPublishSchema = z
  .object({
    /** The notice this version is published under, e.g. 'Công văn 1234/VPCP-KGVX ngày …'. */
    notice,
    description: z.string().trim().min(1).max(500).optional(),
    /** The version the administrator looked at; a newer one published meanwhile answers 409. */
    basedOn: z.number().int().min(1).optional(),
    weeklyRestDays: z.array(z.number().int().min(1).max(7)).min(1).max(3).optional(),
    years: z
      .record(z.string().regex(/^\d{4}$/, { message: 'năm dạng YYYY (a year as YYYY)' }), announcedYearSchema)
      .refine((years) => Object.keys(years).length > 0, { message: 'cần ít nhất một năm (at least one year)' }),
  })
  .strict();

export type CalendarVersionPublish = z.infer<typeof calendarVersionPublishSchema>;
