import type { Actor } from '@dondoc/contracts';
import type { CalendarData } from '@dondoc/domain';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { TaskSnapshot } from './task-follow-up.types';

// Every message of the taskFollowUp workflow, declared once. Wire name = identifier name.
// Commands are updates: a validator answers at once (illegal transitions are rejected
// before anything is written to history) and the caller gets the new snapshot.

/** A document that proves the work, e.g. 'Báo cáo số 12/BC-SNV ngày 15/02/2022'. */
export interface Evidence {
  title: string;
  /** Where to find it: a document id or URI. */
  ref: string;
}

/** Who asked, for the audit trail and the timeline. */
interface Command {
  actor: Actor;
  /** The HTTP request id, echoed into events (causationId). */
  requestId?: string;
}

export interface AcknowledgeInput extends Command {
  note?: string;
}
export interface RefuseInput extends Command {
  reason: string;
}
export interface ReportProgressInput extends Command {
  percent: number;
  note: string;
  evidence?: Evidence[];
  /** For a recurring duty: the period this report is for ('2022-03'); default the current one. */
  period?: string;
}
export interface RequestExtensionInput extends Command {
  newDueAt: string;
  reason: string;
}
export interface DecideExtensionInput extends Command {
  requestId: string;
  approve: boolean;
  note?: string;
}
export interface SubmitCompletionInput extends Command {
  summary: string;
  /** e.g. the outgoing document number that reports completion. */
  evidence?: Evidence[];
}
export interface ApproveCompletionInput extends Command {
  note?: string;
}
export interface ReturnForReworkInput extends Command {
  reason: string;
  newDueAt?: string;
}
export interface ReassignInput extends Command {
  toUnitId: string;
  note?: string;
}
export interface PauseInput extends Command {
  reason: string;
}
export type ResumeInput = Command;
export interface CancelInput extends Command {
  reason: string;
}

export const acknowledge = defineUpdate<TaskSnapshot, [AcknowledgeInput]>('acknowledge');
export const refuse = defineUpdate<TaskSnapshot, [RefuseInput]>('refuse');
export const reportProgress = defineUpdate<TaskSnapshot, [ReportProgressInput]>('reportProgress');
export const requestExtension = defineUpdate<TaskSnapshot, [RequestExtensionInput]>('requestExtension');
export const decideExtension = defineUpdate<TaskSnapshot, [DecideExtensionInput]>('decideExtension');
export const submitCompletion = defineUpdate<TaskSnapshot, [SubmitCompletionInput]>('submitCompletion');
export const approveCompletion = defineUpdate<TaskSnapshot, [ApproveCompletionInput]>('approveCompletion');
export const returnForRework = defineUpdate<TaskSnapshot, [ReturnForReworkInput]>('returnForRework');
export const reassign = defineUpdate<TaskSnapshot, [ReassignInput]>('reassign');
export const pause = defineUpdate<TaskSnapshot, [PauseInput]>('pause');
export const resume = defineUpdate<TaskSnapshot, [ResumeInput]>('resume');
export const cancel = defineUpdate<TaskSnapshot, [CancelInput]>('cancel');

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
