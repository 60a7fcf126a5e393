import type { DueMilestones } from '@dondoc/domain';
import type { CarriedState } from '@dondoc/task-follow-up';

// What the follow-up still has to do, and when: reminders before each due instant, the
// overdue notice at it, escalation levels after it, and the close of each reporting
// period. Derived from state every time, never stored, so an extension, a rework date or
// a resume re-plans everything at once. Each item has an idempotency key; done keys are
// kept in state so an item happens exactly once, also across continue-as-new.

export type AgendaItem =
  | { kind: 'remind'; key: string; at: string; trigger: string; dueAt: string }
  | { kind: 'overdue'; key: string; at: string; trigger: string; dueAt: string }
  | { kind: 'escalate'; key: string; at: string; trigger: string; dueAt: string; level: 1 | 2 | 3 }
  | { kind: 'close'; key: string; at: string; period: string };

const OPEN_WORK = new Set(['assigned', 'acknowledged', 'in_progress', 'returned']);
const ms = (iso: string) => Date.parse(iso);

/** A trigger's name: 'ack', 'due', and 'ack#2', 'due#3' after the deadline moved. */
export function triggerName(base: 'ack' | 'due', generation: number): string {
  return generation > 1 ? `${base}#${generation}` : base;
}

function track(trigger: string, m: DueMilestones, until?: string): AgendaItem[] {
  const items: AgendaItem[] = m.reminders.map((at) => ({ kind: 'remind', key: `remind:${trigger}:${at}`, at, trigger, dueAt: m.dueAt }));
  items.push({ kind: 'overdue', key: `overdue:${trigger}`, at: m.dueAt, trigger, dueAt: m.dueAt });
  for (const step of m.escalations) {
    if (until && ms(step.at) >= ms(until)) break;
    items.push({ kind: 'escalate', key: `escalate:${trigger}:${step.level}`, at: step.at, trigger, dueAt: m.dueAt, level: step.level });
  }
  return items;
}

/** Every pending item, earliest first (ties in a stable, meaningful order). */
export function agenda(state: CarriedState): AgendaItem[] {
  if (state.finishedAt) return [];
  const { task } = state;
  // A paused task's clock is stopped: nothing is reminded, missed or escalated.
  if (task.status === 'paused') return [];
  const items: AgendaItem[] = [];
  if (task.status === 'assigned' && state.ack) items.push(...track(triggerName('ack', state.ack.generation), state.ack));
  if (OPEN_WORK.has(task.status) && state.due) items.push(...track(triggerName('due', state.due.generation), state.due));
  if (task.status !== 'cancelled' && task.status !== 'refused') {
    for (const period of state.periods) {
      if (period.result) continue;
      const trigger = `report:${period.key}`;
      // A report's reminders and escalations stop once it is in; escalation stops at the
      // period's close, where the evaluation records the miss for good.
      if (!period.reportedAt) items.push(...track(trigger, period.milestones, period.closesAt));
      items.push({ kind: 'close', key: `close:${period.key}`, at: period.closesAt, period: period.key });
    }
  }
  const done = new Set(state.done);
  const order = { remind: 0, overdue: 1, escalate: 2, close: 3 } as const;
  return items.filter((i) => !done.has(i.key)).sort((a, b) => ms(a.at) - ms(b.at) || order[a.kind] - order[b.kind]);
}

/** The items due at `now`, and when the next one after them falls (undefined: none). */
export function dueItems(state: CarriedState, now: number): { due: AgendaItem[]; nextAt?: number } {
  const all = agenda(state);
  const due = all.filter((i) => ms(i.at) <= now);
  const next = all.find((i) => ms(i.at) > now);
  return { due, nextAt: next ? ms(next.at) : undefined };
}
