import { directiveDraftSchema } from '@dondoc/contracts';
import { z } from 'zod';
import { behaviourSchema } from '../preview/unit-behaviour';

// The body of a preview: a draft directive as `POST /v1/directives` takes it, the behaviour
// assumed of every unit (and of some units in particular), and when it would be issued.

export const previewRequestSchema = z
  .object({
    draft: directiveDraftSchema,
    behaviour: behaviourSchema.default({ kind: 'on_time' }),
    behaviours: z.record(z.string().min(1), behaviourSchema).optional(),
    /** When the directive would be issued; 09:00 (Vietnam) on the draft's date by default. */
    issueAt: z.iso
      .datetime({ offset: true, message: 'thời điểm ban hành phải là ISO 8601 có múi giờ (issueAt must be an ISO date-time with offset)' })
      .optional(),
    /** Only these units. */
    unitIds: z.array(z.string().min(1).max(100)).min(1).max(500).optional(),
  })
  .strict();

export type PreviewRequest = z.infer<typeof previewRequestSchema>;
export type PreviewRequestInput = z.input<typeof previewRequestSchema>;
