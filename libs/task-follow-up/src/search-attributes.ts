import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

// Search attributes each task workflow keeps current, for the Temporal UI and operators.
// dondoc itself lists and filters tasks from MongoDB read models, never from Temporal.
// infra/local/temporal.sh registers them on the dev server.
export const DirectiveId = defineSearchAttributeKey('DirectiveId', SearchAttributeType.KEYWORD);
export const TaskId = defineSearchAttributeKey('TaskId', SearchAttributeType.KEYWORD);
export const AssigneeUnit = defineSearchAttributeKey('AssigneeUnit', SearchAttributeType.KEYWORD);
export const TaskStatus = defineSearchAttributeKey('TaskStatus', SearchAttributeType.KEYWORD);
export const DueAt = defineSearchAttributeKey('DueAt', SearchAttributeType.DATETIME);
export const EscalationLevel = defineSearchAttributeKey('EscalationLevel', SearchAttributeType.INT);

export const TASK_SEARCH_ATTRIBUTES = [DirectiveId, TaskId, AssigneeUnit, TaskStatus, DueAt, EscalationLevel];
