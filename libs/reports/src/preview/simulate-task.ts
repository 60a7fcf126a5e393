import type { Actor, Envelope, TaskDefinition as WireTaskDefinition } from '@dondoc/contracts';
import { vnDateOf, type TaskCommand, type WorkingCalendar } from '@dondoc/domain';
import type { EscalationRecipient, TaskSnapshot } from '@dondoc/task-follow-up';
import { TaskFollowUp, dueItems } from '@dondoc/workflows';
import { handInAt, type UnitBehaviour } from './unit-behaviour';

// A task's whole life computed in process: the workflow's own state machine (TaskFollowUp)
// and agenda, driven the way the workflow drives them (fire every item due, continue as
// new at each period close, publish after each change), with the unit's commands taken
// from an assumed behaviour instead of from people. No Temporal, no clock, no I/O.

export type RecipientLookup = (input: { unitId: string; level: number; at: string }) => Promise<EscalationRecipient>;

export interface SimulatedTask {
  readonly facts: readonly Envelope[];
  readonly final: TaskSnapshot;
  /** Every reporting period as planned at assignment (the snapshot keeps only open ones). */
  readonly periods: readonly { readonly key: string; readonly label: string; readonly dueAt: string; readonly closesAt: string }[];
  /** Commands the follow-up refused (e.g. a report after its period closed). */
  readonly refused: readonly { readonly at: string; readonly command: string; readonly reason: string }[];
}

interface Action {
  at: number;
  command: TaskCommand;
  actor: Actor;
  period?: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

/** The commands a unit behaving as `behaviour` gives over the task's life, in time order. */
function actionsOf(followUp: TaskFollowUp, definition: WireTaskDefinition, behaviour: UnitBehaviour, calendar: WorkingCalendar): Action[] {
  const unit: Actor = { userId: `${definition.leadUnitId}.preview`, role: 'unit-head', unitId: definition.leadUnitId };
  const issuer: Actor = { userId: 'preview.issuer', role: 'issuer', unitId: definition.issuerUnitId ?? definition.leadUnitId };
  const start = Date.parse(definition.assignedAt);
  const actions: Action[] = [{ at: start, command: { type: 'acknowledge' }, actor: unit }];
  const { periods, task } = followUp.state;
  for (const p of periods) {
    const at = handInAt(behaviour, p.key, vnDateOf(p.dueAt), calendar);
    if (at === undefined) continue;
    const note = `Báo cáo ${p.label}`;
    actions.push({
      at: Math.max(Date.parse(at), start),
      command: { type: 'reportProgress', percent: 100, note, evidence: [] },
      actor: unit,
      period: p.key,
    });
  }
  if (periods.length === 0 && task.dueAt) {
    const at = handInAt(behaviour, 'due', vnDateOf(task.dueAt), calendar);
    if (at !== undefined) {
      const submitted = Math.max(Date.parse(at), start);
      actions.push({ at: submitted, command: { type: 'submitCompletion', summary: 'Đã hoàn thành nhiệm vụ', evidence: [] }, actor: unit });
      actions.push({ at: submitted + 2 * HOUR, command: { type: 'approveCompletion' }, actor: issuer });
    }
  }
  return actions.sort((a, b) => a.at - b.at);
}

/** Runs the follow-up from assignment until it finishes, or until `until` when it would not. */
export async function simulateTask(
  definition: WireTaskDefinition,
  behaviour: UnitBehaviour,
  deps: { calendar: WorkingCalendar; recipient: RecipientLookup; until?: string },
): Promise<SimulatedTask> {
  const { calendar } = deps;
  let followUp = TaskFollowUp.start(definition, calendar);
  const periods = followUp.state.periods.map(({ key, label, dueAt, closesAt }) => ({ key, label, dueAt, closesAt }));
  const actions = actionsOf(followUp, definition, behaviour, calendar);
  const until = deps.until ? Date.parse(deps.until) : Infinity;
  const facts: Envelope[] = [];
  const refused: { at: string; command: string; reason: string }[] = [];
  let now = Date.parse(definition.assignedAt);
  let published = 0;
  let next = 0;

  for (let guard = 0; guard < 100_000; guard++) {
    if (followUp.revision !== published) {
      published = followUp.revision;
      facts.push(...followUp.drainFacts());
    }
    if (followUp.finished) break;
    if (followUp.periodClosedThisRun) {
      followUp = TaskFollowUp.resume(definition, followUp.carry(), calendar);
      continue;
    }
    // The unit's commands due now come first (an update lands before the timer at the same instant).
    if (next < actions.length && actions[next].at <= now) {
      const a = actions[next++];
      const meta = { actor: a.actor, ...(a.period ? { period: a.period } : {}) };
      const rejection = followUp.check(a.command, meta, now);
      if (rejection) refused.push({ at: iso(now), command: a.command.type, reason: rejection.message });
      else followUp.apply(a.command, meta, now);
      continue;
    }
    const { due, nextAt } = dueItems(followUp.state, now);
    if (due.length > 0) {
      for (const item of due) {
        const recipient =
          item.kind === 'escalate'
            ? await deps.recipient({ unitId: followUp.state.task.leadUnitId, level: item.level, at: iso(now) })
            : undefined;
        if (dueItems(followUp.state, now).due.some((d) => d.key === item.key)) followUp.fire(item, now, recipient);
      }
      continue;
    }
    const wake = Math.min(nextAt ?? Infinity, actions[next]?.at ?? Infinity);
    if (wake === Infinity || wake > until) break;
    now = wake;
  }
  facts.push(...followUp.drainFacts());
  return { facts, final: followUp.snapshot(Math.min(now, until)), periods, refused };
}
