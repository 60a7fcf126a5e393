import { taskDefinitionSchema } from '@dondoc/contracts';
import { connectMongo, InboxRepository } from '@dondoc/persistence';
import { TASK_FOLLOW_UP_WORKFLOW, taskWorkflowId, type TaskFollowUpInput } from '@dondoc/workflows';
import { DondocStack } from '../../e2e/support/dondoc-stack';
import type { BenchContext, BenchFigure } from '../support/bench-context';
import { progress, progressDone } from '../support/progress';
import { summarize } from '../support/stats';

const UNITS = ['so-noi-vu', 'so-tu-phap', 'so-tai-chinh', 'so-y-te', 'so-xay-dung', 'so-giao-duc-dao-tao', 'so-cong-thuong', 'so-du-lich'];

/**
 * Escalation lag: tasks whose acknowledgement deadlines fall within a 10 s window and are
 * never acknowledged. For each, the level-1 escalation notice as persisted in the inbox by
 * the notifier (workflow timer → escalation fact → Kafka → notifier → MongoDB) minus the
 * deadline. Early notices (lag < 0) must not exist. The real worker and notifier run on
 * the local servers; the workflows are started directly (this measures timers and the
 * notice path, not the issuing pipeline).
 */
export async function escalationLag(ctx: BenchContext): Promise<BenchFigure> {
  const count = ctx.quick ? 200 : 1_000;
  const windowMs = 10_000;
  const leadMs = ctx.quick ? 30_000 : 50_000; // time to start them all and let each run its first task
  const stack = await DondocStack.start(`${ctx.runId}-esc`, ['mailbox', 'directive-api', 'worker', 'notifier']);
  const connection = await connectMongo({ uri: stack.env.MONGODB_URI, appName: 'dondoc-bench' });
  try {
    const assignedAt = Date.now();
    const windowStart = assignedAt + leadMs;
    const deadlines = new Map<string, number>();
    let next = 0;
    const loop = async () => {
      while (next < count) {
        const i = next++;
        const taskId = `${ctx.runId}-esc-${i}`;
        const deadline = windowStart + Math.floor((i * windowMs) / count);
        deadlines.set(taskId, deadline);
        await ctx.client.workflow.start(TASK_FOLLOW_UP_WORKFLOW, {
          taskQueue: stack.env.TEMPORAL_TASK_QUEUE,
          workflowId: taskWorkflowId(taskId),
          args: [neverAcknowledged(taskId, UNITS[i % UNITS.length], assignedAt, deadline)],
        });
        progress(`ESC: ${deadlines.size}/${count} workflows started`);
      }
    };
    await Promise.all(Array.from({ length: 32 }, loop));
    const spare = windowStart - Date.now();
    progressDone(`ESC: ${count} workflows started; deadlines from ${new Date(windowStart).toISOString()} over ${windowMs / 1000} s (${(spare / 1000).toFixed(1)} s from now)`);
    if (spare < 0) throw new Error(`starting ${count} workflows took longer than the ${leadMs / 1000} s lead: the deadlines had already passed`);

    const inbox = new InboxRepository(connection);
    // The stack's own database holds only these notices. Polled every 5 s, from the window's
    // start: each count decodes the inbox on FerretDB, which would compete with the notifier.
    const escalated = { kind: 'escalation' as const, level: 1 };
    await new Promise((r) => setTimeout(r, Math.max(0, windowStart - Date.now())));
    const giveUpAt = windowStart + windowMs + 180_000;
    let n = 0;
    while ((n = await inbox.model.countDocuments(escalated)) < count && Date.now() < giveUpAt) {
      progress(`ESC: ${n}/${count} level-1 notices persisted`);
      await new Promise((r) => setTimeout(r, 5000));
    }
    const notices = await inbox.model.find(escalated, { taskId: 1, createdAt: 1 }).lean<{ taskId: string; createdAt: string }[]>();
    const lags = notices.map((x) => Date.parse(x.createdAt) - (deadlines.get(x.taskId) ?? Number.NaN)).filter((l) => !Number.isNaN(l));
    const lag = summarize(lags);
    const early = lags.filter((l) => l < 0).length;
    const missing = count - new Set(notices.map((x) => x.taskId)).size;
    progressDone(`ESC: ${lag.count} notices; lag p50 ${lag.p50} ms, p99 ${lag.p99} ms, max ${lag.max} ms; ${early} early, ${missing} missing`);
    return {
      id: 'ESC',
      name: `escalation lag: ${count} unacknowledged tasks, deadlines within ${windowMs / 1000} s → level-1 notice persisted`,
      value: lag.p99,
      unit: `ms p99 (p50 ${lag.p50} ms, max ${lag.max} ms)`,
      goal: 'p99 ≤ 2000 ms, none early',
      met: lag.p99 <= 2000 && early === 0 && missing === 0,
      baseline: `${early} early, ${missing} missing; Temporal history.timerProcessorMaxTimeShift=100ms (timer read-ahead)`,
      detail: { ...lag, early, missing, count, windowMs },
    };
  } finally {
    await connection.close();
    await stack.stop();
  }
}

/** A task nobody acknowledges: its acknowledgement window closes at `deadline` exactly. */
function neverAcknowledged(taskId: string, leadUnitId: string, assignedAt: number, deadline: number): TaskFollowUpInput {
  return {
    schemaVersion: 1,
    definition: taskDefinitionSchema.parse({
      schemaVersion: 1,
      taskId,
      directiveId: taskId.replace(/-\d+$/, ''),
      directiveNumber: '907/UBND-NV',
      itemRef: '1',
      text: 'Tiếp nhận và triển khai nhiệm vụ (đo độ trễ đôn đốc).',
      leadUnitId,
      assignedAt: new Date(assignedAt).toISOString(),
      schedule: { kind: 'deadline', at: new Date(assignedAt + 30 * 86_400_000).toISOString() },
      acknowledgeWithin: { ms: deadline - assignedAt },
      reminderWorkingDays: [],
      escalation: { levels: 1, delay: { ms: 3_600_000 } },
    }),
  };
}
