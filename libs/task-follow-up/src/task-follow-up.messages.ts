import type { CalendarData } from '@dondoc/domain';
import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { TASK_COMMAND_NAMES, type TaskCommandInput, type TaskCommandName } from './commands/task-commands.table';
import type { TaskSnapshot } from './task-follow-up.types';

// Every message of the taskFollowUp workflow. Commands are updates, one per row of the
// command table (wire name = command name): a validator answers at once (illegal
// transitions are rejected before anything is written to history) and the caller gets
// the new snapshot.

export type TaskCommandUpdates = { [K in TaskCommandName]: UpdateDefinition<TaskSnapshot, [TaskCommandInput<K>], K> };
export const commandUpdates = Object.fromEntries(TASK_COMMAND_NAMES.map((name) => [name, defineUpdate(name)])) as TaskCommandUpdates;

/**
 * A new working calendar version was published: the follow-up re-plans what is not yet
 * decided (a signal, as the orchestrator delivers it to every open task; versions not
 * newer than the one in use are ignored, so delivering twice is harmless).
 */
export interface CalendarPublishedInput {
  calendar: CalendarData;
}
export const calendarPublished = defineSignal<[CalendarPublishedInput]>('calendarPublished');

/** The full state: status, due date, reports, extensions, escalation level, evaluations. */
export const snapshot = defineQuery<TaskSnapshot>('snapshot');
