import { z } from 'zod';
import { actorSchema } from './task-events.schema';

// Facts about directives, on TOPICS.directiveEvents keyed by directiveId.

const isoInstant = z.iso.datetime({ offset: true });

export const directiveEventPayloads = {
  'directive.issued': z.object({
    directiveId: z.string().min(1),
    number: z.string().min(1),
    date: z.iso.date(),
    subject: z.string(),
    issuerUnitId: z.string().min(1),
    taskIds: z.array(z.string().min(1)),
    actor: actorSchema,
    at: isoInstant,
  }),
  'directive.withdrawn': z.object({
    directiveId: z.string().min(1),
    number: z.string().min(1),
    reason: z.string().min(1),
    taskIds: z.array(z.string().min(1)),
    actor: actorSchema,
    at: isoInstant,
  }),
} as const;

export type DirectiveEventType = keyof typeof directiveEventPayloads;
export type DirectiveEventPayload<T extends DirectiveEventType> = z.infer<(typeof directiveEventPayloads)[T]>;
