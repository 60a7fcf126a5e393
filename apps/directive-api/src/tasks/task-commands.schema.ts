import { TASK_STATUS_LABELS, type TaskStatus } from '@dondoc/domain';
import { z } from 'zod';
import { pagedQuery } from '../common/paging';

/** What a task list may be sorted on (read-model fields). */
export const TASK_SORT_FIELDS = ['directiveId', 'dueAt', 'directiveNumber', 'itemRef', 'leadUnitId', 'status', 'escalationLevel', 'projectedAt'] as const;

// Bodies of the task commands. The workflow decides whether a command is allowed now (409
// with its reason); these only say whether the request is well-formed (400).

const isoInstant = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with offset' });
const text = (max = 5_000) => z.string().trim().min(1, { message: 'must not be empty' }).max(max);
const evidence = z.array(z.object({ title: text(500), ref: text(1_000) }).strict()).max(50);
/** Evidence files uploaded to the task (POST /v1/tasks/{id}/files) that the report attaches. */
const fileIds = z.array(z.string().regex(/^[0-9a-f]{24}$/, { message: 'expected a file id (24 hex digits)' })).max(20);

export const acknowledgeBody = z.object({ note: z.string().max(5_000).optional() }).strict();
export const refuseBody = z.object({ reason: text() }).strict();
export const progressBody = z
  .object({ percent: z.number().min(0).max(100), note: text(), evidence: evidence.optional(), fileIds: fileIds.optional(), period: z.string().regex(/^\d{4}-(\d{2}|Q[1-4])$/).optional() })
  .strict();
export const extensionRequestBody = z.object({ newDueAt: isoInstant, reason: text() }).strict();
export const extensionDecisionBody = z.object({ approve: z.boolean(), note: z.string().max(5_000).optional() }).strict();
export const submitBody = z.object({ summary: text(), evidence: evidence.optional(), fileIds: fileIds.optional() }).strict();
export const approveBody = z.object({ note: z.string().max(5_000).optional() }).strict();
export const returnBody = z.object({ reason: text(), newDueAt: isoInstant.optional() }).strict();
export const reassignBody = z.object({ toUnitId: text(100), note: z.string().max(5_000).optional() }).strict();
export const pauseBody = z.object({ reason: text() }).strict();
export const resumeBody = z.object({}).strict();

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
