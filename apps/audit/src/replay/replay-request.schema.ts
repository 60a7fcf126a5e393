import type { ArchiveScope } from '@dondoc/audit';
import { z } from 'zod';
import { InvalidFieldError } from '../common/audit-http.errors';

const id = z.string().trim().min(1).max(200);

/** The scope of a replay: exactly one of these. */
export const replayRequestSchema = z
  .object({
    directiveId: id.optional(),
    directiveNumber: id.optional(),
    unitId: id.optional(),
    taskId: id.optional(),
    all: z.literal(true).optional(),
  })
  .strict();
export type ReplayRequest = z.infer<typeof replayRequestSchema>;

export const REPLAY_REQUEST_OPENAPI = {
  type: 'object',
  description: 'Phạm vi phát lại: đúng một trong các trường',
  properties: {
    directiveId: { type: 'string', example: 'd-907' },
    directiveNumber: { type: 'string', example: '907/UBND-NV' },
    unitId: { type: 'string', example: 'so-noi-vu' },
    taskId: { type: 'string' },
    all: { type: 'boolean', enum: [true] },
  },
};

/** Parses the body; the 400 names the offending field (or `scope` when none or several are given). */
export function parseReplayRequest(body: unknown): ReplayRequest {
  const parsed = replayRequestSchema.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.code === 'unrecognized_keys' ? String(issue.keys[0]) : issue.path.join('.') || 'body';
    throw new InvalidFieldError(field, issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message);
  }
  const given = Object.entries(parsed.data).filter(([, v]) => v !== undefined);
  if (given.length !== 1) {
    throw new InvalidFieldError(
      'scope',
      `give exactly one of directiveId, directiveNumber, unitId, taskId, all (got ${given.length ? given.map(([k]) => k).join(', ') : 'none'})`,
    );
  }
  return parsed.data;
}

export async function scopeOf(
  request: ReplayRequest,
  directiveIdByNumber: (n: string) => Promise<string | null>,
): Promise<ArchiveScope | null> {
  if (request.directiveId) return { directiveId: request.directiveId };
  if (request.directiveNumber) {
    const directiveId = await directiveIdByNumber(request.directiveNumber);
    return directiveId ? { directiveId } : null;
  }
  if (request.unitId) return { unitId: request.unitId };
  if (request.taskId) return { taskId: request.taskId };
  return { all: true };
}
