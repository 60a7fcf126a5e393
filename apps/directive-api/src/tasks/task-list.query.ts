import { TASK_STATUS_LABELS, type TaskStatus } from '@dondoc/domain';
import { z } from 'zod';

// The task list's query. The command bodies are in the command table (@dondoc/task-follow-up).

const isoInstant = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with offset' });

export const taskListQuery = z
  .object({
    directiveId: z.string().min(1).max(200).optional(),
    unitId: z.string().min(1).max(100).optional(),
    status: z.enum(Object.keys(TASK_STATUS_LABELS) as [TaskStatus, ...TaskStatus[]]).optional(),
    asOf: isoInstant.optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  })
  .strict();
export type TaskListQuery = z.infer<typeof taskListQuery>;
