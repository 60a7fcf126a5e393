import { EVALUATION_RULES } from '@dondoc/domain';
import { z } from 'zod';
import { WINDOW_FORMAT, parseWindow } from '../compute/report-window';
import { CSV_TABLES } from '../render/report.csv';

// A report request as the API's query string and the CLI's options give it; messages in
// Vietnamese and English, naming what is wrong.

export const REPORT_FORMATS = ['json', 'xlsx', 'docx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const reportRequestSchema = z
  .object({
    scope: z
      .enum(['province', 'unit', 'directive'], {
        message: "phạm vi phải là 'province', 'unit' hoặc 'directive' (scope must be province, unit or directive)",
      })
      .default('province'),
    unitId: z.string().trim().min(1).max(100).optional(),
    directiveId: z.string().trim().min(1).max(200).optional(),
    period: z.string().refine((v) => parseWindow(v) !== undefined, {
      message: `kỳ báo cáo phải là ${WINDOW_FORMAT} (period must be YYYY-MM, YYYY-Qn or YYYY)`,
    }),
    asOf: z.iso
      .datetime({
        offset: true,
        message: 'thời điểm phải là ISO 8601 có múi giờ, ví dụ 2022-03-31T17:00:00+07:00 (asOf must be an ISO date-time with offset)',
      })
      .optional(),
    rule: z
      .string()
      .refine((v) => v in EVALUATION_RULES, {
        message: `quy tắc xếp loại không có; có: ${Object.keys(EVALUATION_RULES).join(', ')} (unknown evaluation rule)`,
      })
      .optional(),
    format: z
      .enum(REPORT_FORMATS, { message: 'định dạng phải là json, xlsx, docx hoặc csv (format must be json, xlsx, docx or csv)' })
      .default('json'),
    table: z.enum(CSV_TABLES, { message: `bảng CSV phải là ${CSV_TABLES.join(', ')} (unknown CSV table)` }).default('summary'),
    /** JSON only: 'grades' leaves the items out (the dashboard takes its numbers and lists from /v1/reports/summary). */
    view: z.enum(['full', 'grades'], { message: "view phải là 'full' hoặc 'grades' (view must be full or grades)" }).default('full'),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.scope === 'unit' && !q.unitId)
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'thiếu mã đơn vị cho phạm vi unit (unitId is required with scope=unit)' });
    if (q.scope === 'directive' && !q.directiveId) {
      ctx.addIssue({
        code: 'custom',
        path: ['directiveId'],
        message: 'thiếu mã văn bản cho phạm vi directive (directiveId is required with scope=directive)',
      });
    }
  });

export type ReportRequest = z.infer<typeof reportRequestSchema>;
