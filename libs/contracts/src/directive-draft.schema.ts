import { z } from 'zod';
import { durationPolicySchema, escalationPolicySchema } from './task-definition.schema';

// The body of `POST /v1/directives` (a draft), also what fixtures and the document
// importer produce. Issuing turns each task × lead unit into a wire TaskDefinition.

const isoInstant = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with offset' });
const isoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });
const unitId = z.string().min(1, { message: 'expected a unit id' }).max(100);

/**
 * Units one task may name: a national directive addresses every commune-level unit (3,321
 * since 1/7/2025). What one issue may write is bounded by its size instead (413 above it).
 */
export const MAX_UNITS_PER_TASK = 5_000;

/** `{ at }` a fixed instant, `{ workingDays }` after issue, or a recurring duty. */
export const deadlineInputSchema = z.union([
  z.object({ at: isoInstant }).strict(),
  z.object({ workingDays: z.number().int().min(1).max(365) }).strict(),
  z
    .object({
      every: z.enum(['month', 'quarter']),
      dueDay: z.number().int().min(1).max(31),
      /** First period; defaults to the directive's date. */
      from: isoDate.optional(),
      until: isoDate,
    })
    .strict(),
]);

export const directiveTaskDraftSchema = z
  .object({
    itemRef: z.string().trim().min(1).max(50),
    text: z.string().trim().min(1).max(20_000),
    leadUnitIds: z.array(unitId).min(1, { message: 'at least one lead unit' }).max(MAX_UNITS_PER_TASK),
    supportUnitIds: z.array(unitId).max(MAX_UNITS_PER_TASK).default([]),
    deadline: deadlineInputSchema.nullable().default(null),
    acknowledgeWithin: durationPolicySchema.optional(),
    reminderWorkingDays: z.array(z.number().int().min(1).max(30)).max(10).optional(),
    escalation: escalationPolicySchema.optional(),
    evaluationRuleId: z.string().min(1).optional(),
  })
  .strict();

export const directiveDraftSchema = z
  .object({
    /** Số ký hiệu, e.g. `907/UBND-NV`. */
    number: z.string().trim().min(1).max(100),
    /** Ngày ban hành. */
    date: isoDate,
    subject: z.string().trim().min(1).max(2_000),
    /** The issuing unit (the People's Committee for 907/UBND-NV). */
    issuerUnitId: unitId,
    signer: z
      .object({ name: z.string().min(1), title: z.string().min(1) })
      .strict()
      .optional(),
    tasks: z.array(directiveTaskDraftSchema).min(1, { message: 'at least one task' }).max(500),
  })
  .strict()
  .superRefine((draft, ctx) => {
    const seen = new Set<string>();
    draft.tasks.forEach((t, i) => {
      if (seen.has(t.itemRef)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'itemRef'], message: `duplicate itemRef '${t.itemRef}'` });
      seen.add(t.itemRef);
    });
  });

export const withdrawDirectiveSchema = z.object({ reason: z.string().trim().min(1).max(2_000) }).strict();

export type DeadlineInput = z.infer<typeof deadlineInputSchema>;
export type DirectiveTaskDraft = z.infer<typeof directiveTaskDraftSchema>;
export type DirectiveDraft = z.infer<typeof directiveDraftSchema>;
export type DirectiveDraftInput = z.input<typeof directiveDraftSchema>;
