import { FORCING_CASE_KINDS, GENERAL_CRITERIA, GENERAL_POINTS_MAX, type AssessorInput } from '@dondoc/domain';
import { z } from 'zod';
import { WINDOW_FORMAT, parseWindow } from '../compute/report-window';

// What an assessor enters for a unit and an evaluation period (a month, a quarter or a
// year): the general-criteria points of Nghị định 335/2025/NĐ-CP, the objective causes a
// competent authority confirmed, the quality verdicts on items (major errors the assessor
// found besides those the issuer marked at approval or return, and the objective cause that
// excuses them all) and the cases that force "không hoàn thành".
// Messages in Vietnamese with English beside them.

const reference = z.string().trim().min(1).max(500);
const itemKey = z.string().trim().min(1).max(300);

export const assessmentPeriodSchema = z.string().refine((v) => parseWindow(v) !== undefined, {
  message: `kỳ đánh giá phải là ${WINDOW_FORMAT} (period must be YYYY-MM, YYYY-Qn or YYYY)`,
});

const twoDecimals = (v: number) => Math.round(v * 100) === v * 100;

/** Each general criterion's points, 0..its maximum (GENERAL_CRITERIA); the criteria not scored are left out. */
const generalCriteriaSchema = z
  .object(
    Object.fromEntries(
      GENERAL_CRITERIA.map((c) => [
        c.id,
        z
          .number({ message: `điểm "${c.label}" phải là số (must be a number)` })
          .min(0, { message: `điểm "${c.label}" từ 0 đến ${c.max} (must be 0..${c.max})` })
          .max(c.max, { message: `điểm "${c.label}" từ 0 đến ${c.max} (must be 0..${c.max})` })
          .refine(twoDecimals, { message: 'lấy tối đa 2 chữ số thập phân (at most 2 decimals)' })
          .optional(),
      ]),
    ),
  )
  .strict();

export const assessmentInputSchema = z
  .object({
    /** The revision the assessor saw (0 for a period not assessed yet): a stale one is refused (409). */
    revision: z.number({ message: 'thiếu số phiên bản đang xem (revision is required)' }).int().min(0),
    generalPoints: z
      .number()
      .min(0, { message: `điểm tiêu chí chung từ 0 đến ${GENERAL_POINTS_MAX} (general points must be 0..${GENERAL_POINTS_MAX})` })
      .max(GENERAL_POINTS_MAX, {
        message: `điểm tiêu chí chung từ 0 đến ${GENERAL_POINTS_MAX} (general points must be 0..${GENERAL_POINTS_MAX})`,
      })
      .refine(twoDecimals, { message: 'điểm tiêu chí chung lấy tối đa 2 chữ số thập phân (at most 2 decimals)' })
      .optional(),
    /** The general points criterion by criterion; when given, generalPoints is their sum (sent or not). */
    generalCriteria: generalCriteriaSchema.optional(),
    objectiveCauses: z.array(z.object({ itemKey, reference }).strict()).max(500).default([]),
    qualityVerdicts: z
      .array(
        z
          .object({
            itemKey,
            majorErrors: z
              .number()
              .int()
              .min(0, { message: 'số sai sót lớn không âm (majorErrors must be ≥ 0)' })
              .max(4, { message: 'quá 4 sai sót lớn thì điểm chất lượng đã về 0 (at most 4 major errors)' }),
            objectiveCauseReference: reference.optional(),
            exceeded: z.boolean().optional(),
            note: z.string().trim().max(1000).optional(),
          })
          .strict(),
      )
      .max(500)
      .default([]),
    forcingCases: z
      .array(
        z
          .object({
            kind: z.enum(FORCING_CASE_KINDS as [string, ...string[]], {
              message: `trường hợp phải là ${FORCING_CASE_KINDS.join(', ')} (unknown forcing case)`,
            }),
            reference,
          })
          .strict(),
      )
      .max(20)
      .default([]),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.generalCriteria !== undefined && b.generalPoints !== undefined) {
      const sum = criteriaSum(b.generalCriteria);
      if (sum !== b.generalPoints)
        ctx.addIssue({
          code: 'custom',
          path: ['generalPoints'],
          message: `điểm tiêu chí chung ${b.generalPoints} khác tổng điểm từng tiêu chí ${sum} (generalPoints must equal the criteria's sum)`,
        });
    }
    for (const list of ['objectiveCauses', 'qualityVerdicts'] as const) {
      const seen = new Set<string>();
      b[list].forEach((e, i) => {
        if (seen.has(e.itemKey))
          ctx.addIssue({
            code: 'custom',
            path: [list, i, 'itemKey'],
            message: `sản phẩm ${e.itemKey} đã có ở dòng trước (duplicate itemKey)`,
          });
        seen.add(e.itemKey);
      });
    }
  });

export type AssessmentInputBody = z.infer<typeof assessmentInputSchema>;

export const assessmentCloseSchema = z
  .object({ revision: z.number({ message: 'thiếu số phiên bản đang xem (revision is required)' }).int().min(1) })
  .strict();
export type AssessmentClose = z.infer<typeof assessmentCloseSchema>;

function criteriaSum(criteria: Readonly<Record<string, number | undefined>>): number {
  return Math.round(Object.values(criteria).reduce<number>((a, v) => a + (v ?? 0), 0) * 100) / 100;
}

/** The body as the domain's assessor input (the criteria's sum is the general points). */
export function assessorInputOf(b: Omit<AssessmentInputBody, 'revision'>): AssessorInput {
  const criteria =
    b.generalCriteria === undefined
      ? undefined
      : Object.fromEntries(Object.entries(b.generalCriteria).filter((e): e is [string, number] => e[1] !== undefined));
  const generalPoints = b.generalPoints ?? (criteria === undefined ? undefined : criteriaSum(criteria));
  return {
    ...(generalPoints === undefined ? {} : { generalPoints }),
    ...(criteria === undefined ? {} : { generalCriteria: criteria }),
    objectiveCauses: b.objectiveCauses,
    qualityVerdicts: b.qualityVerdicts,
    forcingCases: b.forcingCases as AssessorInput['forcingCases'],
  };
}
