// The task follow-up's public face: what everything outside workflows/ needs to start,
// command, query and read a task's workflow (its name and id, its messages, its command
// table, its input and snapshot types, the activity interface the worker implements).
// Only the worker (it bundles the workflow) and the audit (it replays histories) reach
// workflows/ itself. Bundled into workflow code too, so it holds to the same determinism
// rules (eslint.config.js).
export * as taskFollowUpMessages from './task-follow-up.messages';
export type * from './task-follow-up.messages';
export type * from './task-follow-up.types';
export type * from './task-follow-up.activities';
export * from './commands/task-commands.table';
export * from './commands/task-command-bodies.schema';
export { carriesQualityVerdict, qualityMarkOf, withoutQualityVerdict } from './commands/issuer-quality';
export { TASK_SEARCH_ATTRIBUTES, AssigneeUnit, DirectiveId, DueAt, EscalationLevel, TaskId, TaskStatus } from './search-attributes';
export { TASK_FOLLOW_UP_WORKFLOW, taskWorkflowId } from './workflow-id';
