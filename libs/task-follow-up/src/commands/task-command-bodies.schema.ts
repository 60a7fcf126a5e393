import { APPROVAL_QUALITIES } from '@dondoc/contracts';
import { z } from 'zod';

// The HTTP bodies of the task commands. They only say whether a request is well-formed
// (400); the workflow decides whether the command is allowed now (409 with its reason).

const isoInstant = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with offset' });
const text = (max = 5_000) => z.string().trim().min(1, { message: 'must not be empty' }).max(max);
const note = z.string().max(5_000).optional();
const evidence = z.array(z.object({ title: text(500), ref: text(1_000) }).strict()).max(50);
/** Evidence files uploaded to the task (POST /v1/tasks/{id}/files) that the report attaches. */
const fileIds = z.array(z.string().regex(/^[0-9a-f]{24}$/, { message: 'expected a file id (24 hex digits)' })).max(20);

export const acknowledgeBody = z.object({ note }).strict();
export const refuseBody = z.object({ reason: text() }).strict();
export const progressBody = z
  .object({
    percent: z.number().min(0).max(100),
    note: text(),
    evidence: evidence.optional(),
    fileIds: fileIds.optional(),
    period: z
      .string()
      .regex(/^\d{4}-(\d{2}|Q[1-4])$/)
      .optional(),
  })
  .strict();
export const extensionRequestBody = z.object({ newDueAt: isoInstant, reason: text() }).strict();
export const extensionDecisionBody = z.object({ approve: z.boolean(), note }).strict();
export const submitBody = z.object({ summary: text(), evidence: evidence.optional(), fileIds: fileIds.optional() }).strict();
/**
 * The issuer's quality verdict (Nghị định 335/2025/NĐ-CP): "met", or "major-error" with what
 * the error is; left out, the work met the requirements.
 */
export const approveBody = z
  .object({
    note,
    quality: z
      .enum(APPROVAL_QUALITIES, {
        message: 'đánh giá chất lượng phải là "met" (đạt yêu cầu) hoặc "major-error" (có sai sót lớn) (quality must be met or major-error)',
      })
      .optional(),
    qualityReason: z.string().trim().max(2_000).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.quality === 'major-error' && !b.qualityReason)
      ctx.addIssue({
        code: 'custom',
        path: ['qualityReason'],
        message: 'phải nêu sai sót lớn về chất lượng (a major-error verdict needs its reason)',
      });
    if (b.qualityReason && b.quality !== 'major-error')
      ctx.addIssue({
        code: 'custom',
        path: ['qualityReason'],
        message: 'chỉ nêu lý do khi đánh giá có sai sót lớn (qualityReason goes with quality "major-error" only)',
      });
  });
/** `qualityError`: the issuer counts this return as a major quality error (its reason says what); unsaid, it does not. */
export const returnBody = z
  .object({
    reason: text(),
    newDueAt: isoInstant.optional(),
    qualityError: z.boolean({ message: 'qualityError phải là true hoặc false (qualityError must be a boolean)' }).optional(),
  })
  .strict();
export const reassignBody = z.object({ toUnitId: text(100), note }).strict();
export const pauseBody = z.object({ reason: text() }).strict();
export const resumeBody = z.object({}).strict();
/** No route: a directive's withdrawal cancels its tasks (the orchestrator sends it). */
export const cancelBody = z.object({ reason: text() }).strict();
