import { TASK_STATUS_LABELS, type TaskStatus } from '@dondoc/domain';
import { z } from 'zod';
import { pagedQuery } from '../common/paging';
import { TODO_GROUPS } from './todo-groups';

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

export const TASK_LIST_VIEWS = ['full', 'compact'] as const;

const isoInstant = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with offset' });

export const taskListQuery = z
  .object({
    directiveId: z.string().min(1).max(200).optional(),
    unitId: z.string().min(1).max(100).optional(),
    status: z.enum(Object.keys(TASK_STATUS_LABELS) as [TaskStatus, ...TaskStatus[]]).optional(),
    asOf: isoInstant.optional(),
    /** Words of the task's text, directive number or item, with or without diacritics. */
    q: z.string().trim().min(1).max(200).optional(),
    /** One group of the to-do page (see todo-groups.ts); its own statuses, so not with `status`. */
    group: z.enum(TODO_GROUPS).optional(),
    /** `compact`: only the fields a list shows (no support units, reporting status, revision). */
    view: z.enum(TASK_LIST_VIEWS).optional(),
    ...pagedQuery(TASK_SORT_FIELDS, { sort: 'directiveId', pageSize: 100, maxPageSize: 500 }),
  })
  .strict()
  .refine((q) => !(q.group && q.status), {
    path: ['group'],
    message: 'không dùng cùng lúc group và status: mỗi nhóm đã có trạng thái của nó (group and status cannot be combined)',
  });
export type TaskListQuery = z.infer<typeof taskListQuery>;
