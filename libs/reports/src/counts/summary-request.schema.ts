import { z } from 'zod';
import { WINDOW_FORMAT, parseWindow } from '../compute/report-window';
import { COUNT_KEYS } from './drill-down-items';

// The dashboard's requests: the summary of a period (its numbers without items) and one page
// of the items behind one number. Messages in Vietnamese and English, naming what is wrong.

const period = z.string().refine((v) => parseWindow(v) !== undefined, {
  message: `kỳ báo cáo phải là ${WINDOW_FORMAT} (period must be YYYY-MM, YYYY-Qn or YYYY)`,
});
const unitId = z.string().trim().min(1).max(100).optional();

export const summaryRequestSchema = z
  .object({
    period,
    unitId,
    asOf: z.iso
      .datetime({
        offset: true,
        message: 'thời điểm phải là ISO 8601 có múi giờ, ví dụ 2022-03-31T17:00:00+07:00 (asOf must be an ISO date-time with offset)',
      })
      .optional(),
  })
  .strict();
export type SummaryRequest = z.infer<typeof summaryRequestSchema>;

export const summaryItemsRequestSchema = z
  .object({
    period,
    unitId,
    count: z.enum(COUNT_KEYS, { message: `số liệu phải là ${COUNT_KEYS.join(', ')} (count must be one of ${COUNT_KEYS.join(', ')})` }),
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "tháng phải là 'YYYY-MM' (month must be YYYY-MM)" })
      .optional(),
    escalated: z
      .enum(['true', 'false'], { message: 'escalated phải là true hoặc false (escalated must be true or false)' })
      .transform((v) => v === 'true')
      .optional(),
    page: z.coerce.number({ message: 'trang phải là số từ 1 (page must be a number from 1)' }).int().min(1).default(1),
    pageSize: z.coerce
      .number({ message: 'cỡ trang phải là số từ 1 đến 200 (pageSize must be 1 to 200)' })
      .int()
      .min(1, { message: 'cỡ trang phải là số từ 1 đến 200 (pageSize must be 1 to 200)' })
      .max(200, { message: 'cỡ trang phải là số từ 1 đến 200 (pageSize must be 1 to 200)' })
      .default(50),
  })
  .strict();
export type SummaryItemsRequest = z.infer<typeof summaryItemsRequestSchema>;
