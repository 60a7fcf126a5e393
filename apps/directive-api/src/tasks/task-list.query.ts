import { TASK_STATUS_LABELS, type TaskStatus } from '@dondoc/domain';
import { z } from 'zod';
import { pagedQuery } from '../common/paging';

// The task list's query. The command bodies are in the command table (@dondoc/task-follow-up).

/** What a task list may be sorted on (read-model fields). */
export const TASK_SORT_FIELDS = [
  'directiveId',
  'dueAt',
  'directiveNumber',
  'itemRef',
  'leadUnitId',
  'status',
  'escalationLevel',
  'projectedAt',
] as const;

const isoInstant = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with offset' });

export const taskListQuery = z
  .object({
    directiveId: z.string().min(1).max(200).optional(),
    unitId: z.string().min(1).max(100).optional(),
    status: z.enum(Object.keys(TASK_STATUS_LABELS) as [TaskStatus, ...TaskStatus[]]).optional(),
    asOf: isoInstant.optional(),
    /** Words of the task's text, directive number or item, with or without diacritics. */
    q: z.string().trim().min(1).max(200).optional(),
    ...pagedQuery(TASK_SORT_FIELDS, { sort: 'directiveId', pageSize: 100, maxPageSize: 500 }),
  })
  .strict();
export type TaskListQuery = z.infer<typeof taskListQuery>;
