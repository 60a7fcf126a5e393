import type { Actor, TaskEventPayload, TaskEventType } from '@dondoc/contracts';
import {
  factsOf,
  formatVnDate,
  statusAsOf,
  vnDateOf,
  type TaskCommand,
  type TaskCommandType,
  type TaskState,
  type UserRole,
} from '@dondoc/domain';
import type { z } from 'zod';
import { qualityMarkOf, qualityVerdictText } from './issuer-quality';
// Type only: the schemas (zod) stay out of workflow code, where every workflow would build
// them again (the SDK evaluates each bundled module per workflow): ~2 MB per open task.
import type * as bodies from './task-command-bodies.schema';

// THE task commands, declared once. From this table come the HTTP routes and their OpenAPI
// (apps/directive-api), the access policy's rows (libs/auth), the workflow's update
// definitions and handlers, the timeline texts and the typed events the workflow publishes.
// Adding a command: a row here, its transition in libs/domain, and their tests.

/** The unit that carries the task out (also who may add evidence files to it). */
export const TASK_UNIT_ROLES: readonly UserRole[] = ['assignee', 'unit-head', 'admin'];
const UNIT = TASK_UNIT_ROLES;
/** Who decides on a task: the issuing office, the leaders. */
const DECIDERS: readonly UserRole[] = ['issuer', 'leader', 'admin'];

const day = (iso: string | undefined) => (iso ? formatVnDate(vnDateOf(iso)) : '—');
const refs = (evidence: readonly { ref: string }[] | undefined) => (evidence ?? []).map((e) => e.ref);

/** What a command's fact is built from, besides the command itself. */
export interface FactContext {
  actor: Actor;
  /** When the command took effect (the workflow's clock). */
  at: string;
  /** The task before and after the command. */
  before: TaskState;
  task: TaskState;
  /** The period the latest progress report was filed for (recurring duties), or null. */
  reportPeriod: string | null;
}

/** Fields every task event carries, filled in by the follow-up. */
type TaskRefKeys = 'taskId' | 'directiveId' | 'directiveNumber' | 'itemRef' | 'leadUnitId' | 'revision' | 'status';
/** What a fact of type `E` says beyond the task reference. */
export type TaskFactPayload<E extends TaskEventType> = Omit<TaskEventPayload<E>, TaskRefKeys>;
type Cmd<K extends TaskCommandType> = Extract<TaskCommand, { type: K }>;
type ParamFields<P> = { [F in P[keyof P] & string]: string };

/** Who sent a command, carried into the timeline, the audit trail and the events. */
export interface CommandMeta {
  actor: Actor;
  /** The HTTP request id, echoed into events (causationId). */
  requestId?: string;
}

/** The name of a body schema in task-command-bodies.schema.ts. */
export type TaskCommandBodyName = { [N in keyof typeof bodies]: (typeof bodies)[N] extends z.ZodType ? N : never }[keyof typeof bodies];

export interface TaskCommandSpec<
  K extends TaskCommandType,
  B extends TaskCommandBodyName,
  P extends Readonly<Record<string, string>>,
  E extends TaskEventType,
> {
  name: K;
  /** Path under /v1/tasks/:id/ in Express form, or null when no caller sends it over HTTP. */
  route: string | null;
  /** Path parameters carried into the input (`{ rid: 'requestId' }`). */
  params: P;
  /** The route's OpenAPI summary (Vietnamese). */
  summary: string;
  /** Roles allowed on the route; scope is checked on top. */
  roles: readonly UserRole[];
  /** `lead-unit`: only the people of the task's lead unit; `issuer`: the issuing organisation (and leaders). */
  scope: 'lead-unit' | 'issuer';
  /** Its body's schema, by name (`taskCommandBody(name)` gives the schema itself). */
  body: B;
  /** The domain command from the update's input. */
  command(input: z.infer<(typeof bodies)[B]> & ParamFields<P>): Cmd<K>;
  /** The timeline's line, in Vietnamese (`task` is the state after the command). */
  timeline(command: Cmd<K>, task: TaskState): string;
  /** The fact published when the command is applied. */
  event: E;
  fact(command: Cmd<K>, context: FactContext): TaskFactPayload<E>;
}

const spec = <
  K extends TaskCommandType,
  B extends TaskCommandBodyName,
  E extends TaskEventType,
  P extends Readonly<Record<string, string>> = Record<never, string>,
>(
  s: Omit<TaskCommandSpec<K, B, P, E>, 'params'> & { params?: P },
): TaskCommandSpec<K, B, P, E> => ({ ...s, params: (s.params ?? {}) as P });

export const TASK_COMMANDS = {
  acknowledge: spec({
    name: 'acknowledge',
    route: 'acknowledge',
    summary: 'Tiếp nhận nhiệm vụ',
    roles: UNIT,
    scope: 'lead-unit',
    body: 'acknowledgeBody',
    command: () => ({ type: 'acknowledge' }),
    timeline: () => 'Đơn vị đã tiếp nhận nhiệm vụ.',
    event: 'task.acknowledged',
    fact: (_c, { actor, at }) => ({ actor, at }),
  }),
  refuse: spec({
    name: 'refuse',
    route: 'refuse',
    summary: 'Từ chối nhiệm vụ (nêu lý do)',
    roles: ['unit-head', 'admin'],
    scope: 'lead-unit',
    body: 'refuseBody',
    command: (i) => ({ type: 'refuse', reason: i.reason }),
    timeline: (c) => `Đơn vị từ chối nhiệm vụ: ${c.reason}`,
    event: 'task.refused',
    fact: (c, { actor, at }) => ({ actor, reason: c.reason, at }),
  }),
  reportProgress: spec({
    name: 'reportProgress',
    route: 'progress',
    summary: 'Báo cáo tiến độ (phần trăm, ghi chú, tệp minh chứng đã tải lên qua fileIds)',
    roles: UNIT,
    scope: 'lead-unit',
    body: 'progressBody',
    command: (i) => ({ type: 'reportProgress', percent: i.percent, note: i.note, evidence: i.evidence }),
    timeline: (c) => `Báo cáo tiến độ ${c.percent}%: ${c.note}`,
    event: 'task.progress-reported',
    fact: (c, { actor, at, reportPeriod }) => ({
      actor,
      percent: c.percent,
      note: c.note,
      evidence: refs(c.evidence),
      period: reportPeriod,
      at,
    }),
  }),
  requestExtension: spec({
    name: 'requestExtension',
    route: 'extension-requests',
    summary: 'Đề nghị gia hạn',
    roles: UNIT,
    scope: 'lead-unit',
    body: 'extensionRequestBody',
    command: (i) => ({ type: 'requestExtension', newDueAt: i.newDueAt, reason: i.reason }),
    timeline: (c) => `Đề nghị gia hạn đến ngày ${day(c.newDueAt)}: ${c.reason}`,
    event: 'task.extension-requested',
    fact: (c, { actor, at, task }) => ({
      actor,
      requestId: task.extensionRequests.at(-1)?.requestId ?? '',
      newDueAt: c.newDueAt,
      reason: c.reason,
      at,
    }),
  }),
  decideExtension: spec({
    name: 'decideExtension',
    route: 'extension-requests/:rid/decision',
    params: { rid: 'requestId' } as const,
    summary: 'Quyết định gia hạn (đồng ý / không đồng ý)',
    roles: DECIDERS,
    scope: 'issuer',
    body: 'extensionDecisionBody',
    command: (i) => ({ type: 'decideExtension', requestId: i.requestId, approve: i.approve }),
    timeline: (c, task) => (c.approve ? `Đồng ý gia hạn; hạn mới ngày ${day(task.dueAt)}.` : 'Không đồng ý gia hạn.'),
    event: 'task.extension-decided',
    fact: (c, { actor, at, task }) => ({ actor, requestId: c.requestId, approved: c.approve, dueAt: task.dueAt ?? null, at }),
  }),
  submitCompletion: spec({
    name: 'submitCompletion',
    route: 'submit',
    summary: 'Báo cáo hoàn thành',
    roles: UNIT,
    scope: 'lead-unit',
    body: 'submitBody',
    command: (i) => ({ type: 'submitCompletion', summary: i.summary, evidence: i.evidence }),
    timeline: (c) => `Báo cáo hoàn thành: ${c.summary}`,
    event: 'task.submitted',
    fact: (c, { actor, at }) => ({ actor, summary: c.summary, evidence: refs(c.evidence), at }),
  }),
  approveCompletion: spec({
    name: 'approveCompletion',
    route: 'approve',
    summary: 'Phê duyệt kết quả',
    roles: DECIDERS,
    scope: 'issuer',
    body: 'approveBody',
    command: (i) => ({
      type: 'approveCompletion',
      ...(i.quality ? { quality: i.quality } : {}),
      ...(i.qualityReason ? { qualityReason: i.qualityReason } : {}),
    }),
    timeline: (c) => `Phê duyệt kết quả: nhiệm vụ hoàn thành.${qualityVerdictText(c)}`,
    event: 'task.completed',
    fact: (c, { actor, at, task }) => {
      const mark = qualityMarkOf(c, actor.userId, at);
      return {
        actor,
        completedAt: task.status === 'completed' ? task.submission.at : at,
        dueAt: task.dueAt ?? null,
        outcome: statusAsOf(factsOf(task), at).status,
        ...(mark ? { quality: { verdict: mark.verdict, reason: mark.reason } } : {}),
      };
    },
  }),
  returnForRework: spec({
    name: 'returnForRework',
    route: 'return',
    summary: 'Trả lại để hoàn thiện',
    roles: DECIDERS,
    scope: 'issuer',
    body: 'returnBody',
    command: (i) => ({
      type: 'returnForRework',
      reason: i.reason,
      newDueAt: i.newDueAt,
      ...(i.qualityError === undefined ? {} : { qualityError: i.qualityError }),
    }),
    timeline: (c, task) =>
      `Trả lại để hoàn thiện: ${c.reason}${c.newDueAt ? ` (hạn mới ngày ${day(task.dueAt)})` : ''}${qualityVerdictText(c)}`,
    event: 'task.returned',
    fact: (c, { actor, at, task }) => ({
      actor,
      reason: c.reason,
      newDueAt: task.dueAt ?? null,
      at,
      ...(c.qualityError === undefined ? {} : { qualityError: c.qualityError }),
    }),
  }),
  reassign: spec({
    name: 'reassign',
    route: 'reassign',
    summary: 'Giao lại cho đơn vị khác',
    roles: DECIDERS,
    scope: 'issuer',
    body: 'reassignBody',
    command: (i) => ({ type: 'reassign', toUnitId: i.toUnitId }),
    timeline: (c) => `Giao lại cho đơn vị ${c.toUnitId}.`,
    event: 'task.reassigned',
    fact: (c, { actor, at, before }) => ({ actor, fromUnitId: before.leadUnitId, toUnitId: c.toUnitId, at }),
  }),
  pause: spec({
    name: 'pause',
    route: 'pause',
    summary: 'Tạm dừng theo dõi',
    roles: DECIDERS,
    scope: 'issuer',
    body: 'pauseBody',
    command: (i) => ({ type: 'pause', reason: i.reason }),
    timeline: (c) => `Tạm dừng theo dõi: ${c.reason}`,
    event: 'task.paused',
    fact: (c, { actor, at }) => ({ actor, reason: c.reason, at }),
  }),
  resume: spec({
    name: 'resume',
    route: 'resume',
    summary: 'Tiếp tục theo dõi',
    roles: DECIDERS,
    scope: 'issuer',
    body: 'resumeBody',
    command: () => ({ type: 'resume' }),
    timeline: (_c, task) => `Tiếp tục theo dõi; hạn xử lý ngày ${day(task.dueAt)}.`,
    event: 'task.resumed',
    fact: (_c, { actor, at, task }) => ({ actor, dueAt: task.dueAt ?? null, at }),
  }),
  cancel: spec({
    name: 'cancel',
    route: null,
    summary: 'Hủy nhiệm vụ (khi văn bản bị thu hồi)',
    roles: DECIDERS,
    scope: 'issuer',
    body: 'cancelBody',
    command: (i) => ({ type: 'cancel', reason: i.reason }),
    timeline: (c) => `Hủy nhiệm vụ: ${c.reason}`,
    event: 'task.cancelled',
    fact: (c, { actor, at }) => ({ actor, reason: c.reason, at }),
  }),
} as const satisfies { [K in TaskCommandType]: { name: K } };

export type TaskCommandName = keyof typeof TASK_COMMANDS;
export const TASK_COMMAND_NAMES = Object.keys(TASK_COMMANDS) as TaskCommandName[];

type Table = typeof TASK_COMMANDS;
type SpecOf<K extends TaskCommandName> = Table[K];
type BodyOf<K extends TaskCommandName> =
  SpecOf<K> extends TaskCommandSpec<K, infer B, infer _P, infer _E> ? z.infer<(typeof bodies)[B]> : never;
type ParamsOf<K extends TaskCommandName> = SpecOf<K> extends TaskCommandSpec<K, infer _B, infer P, infer _E> ? ParamFields<P> : never;

/** A command's update input: its body, its path parameters, who sent it. */
export type TaskCommandInput<K extends TaskCommandName> = BodyOf<K> & ParamsOf<K> & CommandMeta;

/** A command spec without its type parameters, for code that walks the table. */
export type AnyTaskCommandSpec = SpecOf<TaskCommandName>;

/** The spec of `name`, typed loosely enough to call with any command of that name. */
export function taskCommandSpec(name: TaskCommandName): {
  route: string | null;
  params: Readonly<Record<string, string>>;
  summary: string;
  roles: readonly UserRole[];
  scope: 'lead-unit' | 'issuer';
  body: TaskCommandBodyName;
  event: TaskEventType;
  command(input: object): TaskCommand;
  timeline(command: TaskCommand, task: TaskState): string;
  fact(command: TaskCommand, context: FactContext): Record<string, unknown>;
} {
  return TASK_COMMANDS[name] as never;
}
