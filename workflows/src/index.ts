// What apps need from the workflows project: messages, types and search attribute keys
// (never the workflow code itself, which only runs inside the worker's sandbox).
export * as taskFollowUpMessages from './task-follow-up/task-follow-up.messages';
export type * from './task-follow-up/task-follow-up.messages';
export type * from './task-follow-up/task-follow-up.types';
export type * from './task-follow-up/task-follow-up.activities';
export { TASK_SEARCH_ATTRIBUTES } from './task-follow-up/search-attributes';
export const TASK_FOLLOW_UP_WORKFLOW = 'taskFollowUp';
export const taskWorkflowId = (taskId: string) => `task:${taskId}`;
// The follow-up's pure state machine and agenda (no Temporal API), for simulations that
// must follow exactly the rules the workflow follows: the preview of a directive's year.
export { TaskFollowUp } from './task-follow-up/task-follow-up.state';
export { dueItems, type AgendaItem } from './task-follow-up/agenda';
