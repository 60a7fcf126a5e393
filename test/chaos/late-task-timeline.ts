import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

// When a run's recovery drags on, the invariants say *what* is late, not *where* it waits.
// One late task's workflow history, each event at its instant relative to the moment the
// escalations were due, shows it: a timer fired late, a workflow task waited for a worker,
// an activity retried.

const short = (type: number | null | undefined) =>
  (temporal.api.enums.v1.EventType[type ?? 0] ?? String(type)).replace(/^EVENT_TYPE_/, '').toLowerCase();

/** Lines "+12.3 s workflow_task_scheduled (…)" for `task:<taskId>`, and its pending activities. */
export async function lateTaskTimeline(temporal: Client, taskId: string, dueBy: number): Promise<string[]> {
  const handle = temporal.workflow.getHandle(`task:${taskId}`);
  const history = await handle.fetchHistory();
  const lines = [`workflow task:${taskId} (times from the moment escalations were due)`];
  for (const e of history.events ?? []) {
    const at = e.eventTime?.seconds ? Number(e.eventTime.seconds) * 1000 + Math.floor((e.eventTime.nanos ?? 0) / 1e6) : NaN;
    const attrs = e.activityTaskScheduledEventAttributes?.activityType?.name ?? e.timerStartedEventAttributes?.timerId ?? '';
    const failure = e.activityTaskFailedEventAttributes?.failure?.message ?? e.workflowTaskFailedEventAttributes?.failure?.message ?? '';
    const attempt = e.activityTaskStartedEventAttributes?.attempt ? ` attempt ${e.activityTaskStartedEventAttributes.attempt}` : '';
    lines.push(
      `  ${((at - dueBy) / 1000).toFixed(1).padStart(7)} s  ${short(e.eventType)}${attrs ? ` ${attrs}` : ''}${attempt}${failure ? ` — ${failure}` : ''}`,
    );
  }
  const described = await handle.describe();
  for (const a of described.raw.pendingActivities ?? []) {
    lines.push(
      `  pending activity ${a.activityType?.name}: attempt ${a.attempt}, state ${a.state}, last failure ${a.lastFailure?.message ?? '-'}`,
    );
  }
  return lines;
}
