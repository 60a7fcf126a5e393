// The task follow-up's public face without its HTTP body schemas: what workflow code bundles
// (libs/temporal's workflow bundle maps `@dondoc/task-follow-up` here). The SDK evaluates each
// bundled module once per workflow, so zod and the contracts' schemas cost about 2 MB of every
// open task's memory (MEM: 2,682 MiB RSS with 1,000 open tasks with them, 764 MiB without).
// A spec (workflow-bundle-contents.int-spec.ts) fails if they come back.
export * as taskFollowUpMessages from './task-follow-up.messages';
export type * from './task-follow-up.messages';
export type * from './task-follow-up.types';
export type * from './task-follow-up.activities';
export * from './commands/task-commands.table';
export { carriesQualityVerdict, qualityMarkOf, withoutQualityVerdict } from './commands/issuer-quality';
export { TASK_SEARCH_ATTRIBUTES, AssigneeUnit, DirectiveId, DueAt, EscalationLevel, TaskId, TaskStatus } from './search-attributes';
export { TASK_FOLLOW_UP_WORKFLOW, taskWorkflowId } from './workflow-id';
