import { z } from 'zod';
import { taskDefinitionSchema } from './task-definition.schema';

// Facts about tasks, published on TOPICS.taskEvents keyed by taskId. Payloads only grow
// (additive changes); a field's meaning never changes within a schema version.

const isoInstant = z.iso.datetime({ offset: true });

export const actorSchema = z
  .object({
    userId: z.string().min(1),
    role: z.enum(['issuer', 'unit-head', 'assignee', 'leader', 'auditor', 'admin', 'system']),
    unitId: z.string().min(1).optional(),
  })
  .strict();
export type Actor = z.infer<typeof actorSchema>;

/** What every task event says about the task it concerns. */
const taskRef = {
  taskId: z.string().min(1),
  directiveId: z.string().min(1),
  directiveNumber: z.string().min(1),
  itemRef: z.string().min(1),
  leadUnitId: z.string().min(1),
  /** The workflow's state revision after this fact: read models apply only newer ones. */
  revision: z.number().int().min(0),
  status: z.string().min(1),
};

/**
 * The issuer's verdict on the quality of a hand-in (Nghị định 335/2025/NĐ-CP: a major error,
 * sai sót lớn, costs 25 % of the item's quality points): said once here, for the events, the
 * commands (libs/domain) and the HTTP bodies.
 */
export const APPROVAL_QUALITIES = ['met', 'major-error'] as const;
export type ApprovalQuality = (typeof APPROVAL_QUALITIES)[number];

/** Why a reminder or escalation happened: a missed acknowledgement, deadline or periodic report. */
export const triggerSchema = z.string().regex(/^((ack|due)(#\d+)?|report:\d{4}-(\d{2}|Q[1-4]))$/);

export const recipientSchema = z.object({ userId: z.string(), name: z.string(), title: z.string(), unitId: z.string() }).strict();

export const taskEventPayloads = {
  'task.assigned': taskDefinitionSchema,
  'task.acknowledged': z.object({ ...taskRef, actor: actorSchema, at: isoInstant }),
  'task.refused': z.object({ ...taskRef, actor: actorSchema, reason: z.string().min(1), at: isoInstant }),
  'task.progress-reported': z.object({
    ...taskRef,
    actor: actorSchema,
    percent: z.number().min(0).max(100),
    note: z.string(),
    evidence: z.array(z.string()),
    period: z.string().nullable(),
    at: isoInstant,
  }),
  'task.extension-requested': z.object({
    ...taskRef,
    actor: actorSchema,
    requestId: z.string(),
    newDueAt: isoInstant,
    reason: z.string(),
    at: isoInstant,
  }),
  'task.extension-decided': z.object({
    ...taskRef,
    actor: actorSchema,
    requestId: z.string(),
    approved: z.boolean(),
    dueAt: isoInstant.nullable(),
    at: isoInstant,
  }),
  'task.submitted': z.object({ ...taskRef, actor: actorSchema, summary: z.string(), evidence: z.array(z.string()), at: isoInstant }),
  'task.completed': z.object({
    ...taskRef,
    actor: actorSchema,
    completedAt: isoInstant,
    dueAt: isoInstant.nullable(),
    /** done_on_time | done_on_time_after_extension | done_late | no_deadline */
    outcome: z.string(),
    /** The issuer's quality verdict at approval, when given (Nghị định 335/2025/NĐ-CP: sai sót lớn). */
    quality: z.object({ verdict: z.enum(APPROVAL_QUALITIES), reason: z.string().nullable() }).optional(),
  }),
  'task.returned': z.object({
    ...taskRef,
    actor: actorSchema,
    reason: z.string(),
    newDueAt: isoInstant.nullable(),
    at: isoInstant,
    /** Whether the issuer counted the return as a major quality error, when it said so. */
    qualityError: z.boolean().optional(),
  }),
  'task.reassigned': z.object({ ...taskRef, actor: actorSchema, fromUnitId: z.string(), toUnitId: z.string(), at: isoInstant }),
  'task.paused': z.object({ ...taskRef, actor: actorSchema, reason: z.string(), at: isoInstant }),
  'task.resumed': z.object({ ...taskRef, actor: actorSchema, dueAt: isoInstant.nullable(), at: isoInstant }),
  'task.cancelled': z.object({ ...taskRef, actor: actorSchema, reason: z.string(), at: isoInstant }),
  /** `scheduledAt` is when the follow-up planned it; `at` when it actually happened (never earlier). */
  'task.reminded': z.object({ ...taskRef, trigger: triggerSchema, dueAt: isoInstant, scheduledAt: isoInstant, at: isoInstant }),
  'task.overdue': z.object({ ...taskRef, trigger: triggerSchema, dueAt: isoInstant, scheduledAt: isoInstant, at: isoInstant }),
  'task.escalated': z.object({
    ...taskRef,
    trigger: triggerSchema,
    level: z.number().int().min(1).max(3),
    recipient: recipientSchema,
    dueAt: isoInstant,
    /** Working days past the due date when the notice was raised. */
    daysOverdue: z.number().int().min(0),
    scheduledAt: isoInstant,
    at: isoInstant,
  }),
  'task.evaluated': z.object({
    ...taskRef,
    period: z.string(),
    result: z.enum(['on_time', 'late', 'missing', 'not_due']),
    note: z.string(),
    ruleId: z.string(),
    at: isoInstant,
  }),
  'unit.graded': z.object({
    ...taskRef,
    unitId: z.string(),
    year: z.number().int(),
    grade: z.string(),
    gradeLabel: z.string(),
    ruleId: z.string(),
    score: z.number().nullable(),
    at: isoInstant,
  }),
} as const;

export type TaskEventType = keyof typeof taskEventPayloads;
export type TaskEventPayload<T extends TaskEventType> = z.infer<(typeof taskEventPayloads)[T]>;
export const TASK_EVENT_TYPES = Object.keys(taskEventPayloads) as TaskEventType[];
