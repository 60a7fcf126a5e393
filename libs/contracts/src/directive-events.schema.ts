import { z } from 'zod';
import { actorSchema } from './task-events.schema';

// Facts about directives, on TOPICS.directiveEvents keyed by directiveId.

const isoInstant = z.iso.datetime({ offset: true });

/** Above this many tasks `directive.issued` and `directive.withdrawn` carry `taskCount` without `taskIds`. */
export const DIRECTIVE_ISSUED_TASK_IDS_MAX = 1000;

export const directiveEventPayloads = {
  'directive.issued': z.object({
    directiveId: z.string().min(1),
    number: z.string().min(1),
    date: z.iso.date(),
    subject: z.string(),
    issuerUnitId: z.string().min(1),
    /**
     * Every task id, only while there are at most DIRECTIVE_ISSUED_TASK_IDS_MAX of them: a
     * national directive's ~20,000 ids would near Kafka's 1 MB message limit. The full list
     * is the directive's assignments (directive-api, GET /v1/directives/{id}); each task
     * also has its own `task.assigned`.
     */
    taskIds: z.array(z.string().min(1)).optional(),
    /** How many tasks the issue created (absent on events written before it was added). */
    taskCount: z.number().int().nonnegative().optional(),
    actor: actorSchema,
    at: isoInstant,
  }),
  'directive.withdrawn': z.object({
    directiveId: z.string().min(1),
    number: z.string().min(1),
    reason: z.string().min(1),
    /**
     * Every task id, only up to DIRECTIVE_ISSUED_TASK_IDS_MAX (as on `directive.issued`);
     * otherwise readers take them from the directive's assignments.
     */
    taskIds: z.array(z.string().min(1)).optional(),
    /** How many tasks the withdrawal ends (absent on events written before it was added). */
    taskCount: z.number().int().nonnegative().optional(),
    actor: actorSchema,
    at: isoInstant,
  }),
} as const;

export type DirectiveEventType = keyof typeof directiveEventPayloads;
export type DirectiveEventPayload<T extends DirectiveEventType> = z.infer<(typeof directiveEventPayloads)[T]>;
