import { z } from 'zod';

// The wire form of a task as assigned (task.assigned payload and the workflow's input).
// Dates are ISO strings on the wire; the domain turns them into its own types.

const isoInstant = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with offset' });
const isoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });

export const durationPolicySchema = z.union([
  z.object({ workingDays: z.number().int().min(0).max(365) }).strict(),
  /** A plain duration, for urgent matters and for end-to-end tests. */
  z.object({ ms: z.number().int().min(1) }).strict(),
]);

// A plain union: two 'deadline' shapes share the discriminator value.
export const scheduleSchema = z.union([
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('deadline'), at: isoInstant }).strict(),
  z.object({ kind: z.literal('deadline'), workingDays: z.number().int().min(1).max(365) }).strict(),
  z
    .object({
      kind: z.literal('recurring'),
      every: z.enum(['month', 'quarter']),
      dueDay: z.number().int().min(1).max(31),
      from: isoDate,
      until: isoDate,
    })
    .strict(),
]);

export const escalationPolicySchema = z
  .object({
    /** How many levels: 1 head of the lead unit, 2 leader in charge, 3 chairman. */
    levels: z.number().int().min(1).max(3),
    /** Delay between one level and the next. */
    delay: durationPolicySchema,
    /** The level at which a prompting letter (công văn đôn đốc) is drafted to the unit's head; 2 when absent. */
    letterAtLevel: z.number().int().min(1).max(3).optional(),
  })
  .strict();

export const taskDefinitionSchema = z
  .object({
    schemaVersion: z.literal(1),
    taskId: z.string().min(1).max(200),
    directiveId: z.string().min(1).max(200),
    directiveNumber: z.string().min(1).max(100),
    /** The directive's date (ngày ban hành), YYYY-MM-DD. */
    directiveDate: isoDate.optional(),
    itemRef: z.string().min(1).max(50),
    text: z.string().min(1).max(20_000),
    leadUnitId: z.string().min(1),
    supportUnitIds: z.array(z.string().min(1)).default([]),
    issuerUnitId: z.string().min(1).optional(),
    assignedAt: isoInstant,
    schedule: scheduleSchema,
    acknowledgeWithin: durationPolicySchema.default({ workingDays: 2 }),
    /** Working days before a due date at which the unit is reminded. */
    reminderWorkingDays: z.array(z.number().int().min(1).max(30)).default([3, 1]),
    escalation: escalationPolicySchema.default({ levels: 3, delay: { workingDays: 2 } }),
    evaluationRuleId: z.string().min(1).default('nd90-share/1'),
  })
  .strict();

export type TaskDefinition = z.infer<typeof taskDefinitionSchema>;
export type TaskDefinitionInput = z.input<typeof taskDefinitionSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
export type DurationPolicy = z.infer<typeof durationPolicySchema>;
export type EscalationPolicy = z.infer<typeof escalationPolicySchema>;
