import { z } from 'zod';

// What an administrator sends to publish an org chart version after a reorganisation:
// the whole chart as it is from `validFrom` (units, heads, leaders in charge), the
// succession map from the previous version, the people of new units, and the legal basis.
// Structure and succession are checked further by the domain (validateOrgChartSeed,
// successionProblems); here, the shape.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'ngày dạng YYYY-MM-DD (a date as YYYY-MM-DD)' });
const basis = z.string().trim().min(3, { message: 'ghi số, ký hiệu, ngày của văn bản (name the resolution or decision)' }).max(500);

export const orgChartVersionPublishSchema = z
  .object({
    chartId: z.string().min(1).max(100),
    /** The version the administrator looked at; a newer one published meanwhile answers 409. */
    basedOn: z.number().int().min(1).optional(),
    name: z.string().trim().min(1).max(300),
    validFrom: day,
    effectiveAt: z.iso.datetime({ offset: true, message: 'thời điểm ISO 8601 có múi giờ (an ISO instant with offset)' }).optional(),
    rootUnitId: z.string().min(1),
    note: z.string().max(2000).optional(),
    basis: z.array(basis).min(1, { message: 'cần ít nhất một văn bản làm căn cứ (at least one legal basis)' }),
    groups: z.array(z.looseObject({ id: z.string(), name: z.string(), aliases: z.array(z.string()) })),
    units: z.array(z.looseObject({ id: z.string().min(1) })).min(1),
    succession: z
      .array(
        z
          .object({
            unitId: z.string().min(1),
            successorIds: z.array(z.string().min(1)).min(1),
            kind: z.enum(['merged', 'split', 'renamed']),
            basis,
          })
          .strict(),
      )
      .default([]),
    users: z.array(z.looseObject({ userId: z.string().min(1) })).optional(),
  })
  .strict();

export type OrgChartVersionPublish = z.infer<typeof orgChartVersionPublishSchema>;
