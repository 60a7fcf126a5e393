import { taskDefinitionSchema } from '@dondoc/contracts';
import { connectMongo, InboxRepository, TaskReadModelRepository } from '@dondoc/persistence';
import { mongoUriFor } from '@dondoc/testing';
import { TASK_FOLLOW_UP_WORKFLOW, taskWorkflowId, type TaskFollowUpInput } from '@dondoc/task-follow-up';
import type { Connection } from 'mongoose';
import { DondocStack } from '../../e2e/support/dondoc-stack';
import type { BenchContext, BenchFigure } from '../support/bench-context';
import { CpuMeter, processesWithEnv } from '../support/processes';
import { progress, progressDone } from '../support/progress';
import { serverPids } from '../support/server-settings';
import { summarize } from '../support/stats';
import { WorkerProcess } from '../support/worker-process';

const UNITS = ['so-noi-vu', 'so-tu-phap', 'so-tai-chinh', 'so-y-te', 'so-xay-dung', 'so-giao-duc-dao-tao', 'so-cong-thuong', 'so-du-lich'];
const WINDOW_MS = 10_000;
const GOAL_P99_MS = 2000;
const GOAL_RATIO = 1.5;

type Cpu = ReturnType<CpuMeter['stop']>;
type Lags = ReturnType<typeof summarize> & {
  early: number;
  missing: number;
  cpu: Cpu;
  stages?: Record<string, ReturnType<typeof summarize>>;
};
/** Splits each notice's lag into stages, from what the chain stored along the way. */
type Stages = (notices: { taskId: string; createdAt: string }[], deadlines: Map<string, number>) => Promise<Lags['stages']>;

/** The local servers both chains run on: their CPU is shared with anything else using them (said in the figure). */
const SERVERS = ['temporal', 'kafka', 'store'];

/**
 * Escalation lag: tasks whose acknowledgement deadlines fall within a 10 s window and are
 * never acknowledged. For each, the level-1 escalation notice as persisted in the inbox by
 * the notifier (workflow timer → escalation fact → Kafka → notifier → MongoDB) minus the
 * deadline. Early notices (lag < 0) must not exist. The real worker and notifier run on
 * the local servers; the workflows are started directly (this measures timers and the
 * notice path, not the issuing pipeline).
 *
 * ESC-base, measured first in the same run: the same deadlines in the same window, each a
 * bare workflow (one timer, then one activity inserting the notice into the same store),
 * on a bare SDK worker. ESC / ESC-base is what our chain adds to the servers' own lag.
 */
export async function escalationLag(ctx: BenchContext): Promise<BenchFigure[]> {
  const count = ctx.quick ? 200 : 1_000;
  // Each lead: the time to start them all and let each run its first task before the first
  // deadline. Ours projects and publishes the task first (~30 s for 1,000 on 2 cores); the
  // base's first task sets its timer alone (its 1,000 started in ~5 s), so 15 s is ample
  // and the run is 35 s shorter. The window after the lead is the same for both.
  const leadMs = ctx.quick ? 30_000 : 50_000;
  const baseLeadMs = ctx.quick ? 10_000 : 15_000;
  const base = await measureBase(ctx, count, baseLeadMs);
  const ours = await measureOurs(ctx, count, leadMs);
  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : Number.NaN);
  const p50Ratio = ratio(ours.p50, base.p50);
  const p99Ratio = ratio(ours.p99, base.p99);
  progressDone(`ESC: p50 ${ours.p50} ms vs ESC-base ${base.p50} ms (×${p50Ratio}); p99 ${ours.p99} ms vs ${base.p99} ms (×${p99Ratio})`);
  const sameShape = `${count} deadlines within ${WINDOW_MS / 1000} s`;
  const cpuOurs = perNotice(ours.cpu);
  const cpuBase = perNotice(base.cpu);
  const cpuLine = (c: ReturnType<typeof perNotice>) =>
    `${c.total} ms (ours ${c.apps} + servers ${c.servers}: ${Object.entries(c.by)
      .map(([name, ms]) => `${name} ${ms}`)
      .join(', ')})`;
  progressDone(`ESC: CPU per notice ${cpuLine(cpuOurs)} vs ESC-base ${cpuLine(cpuBase)}`);
  return [
    {
      id: 'ESC-base',
      name: `escalation baseline: ${sameShape}, bare workflow (timer → one activity inserting the notice)`,
      value: base.p99,
      unit: `ms p99 (p50 ${base.p50} ms, max ${base.max} ms)`,
      baseline: `${base.early} early, ${base.missing} missing; SDK worker defaults, same store`,
      detail: { ...base, count, windowMs: WINDOW_MS },
    },
    {
      id: 'ESC',
      name: `escalation lag: ${count} unacknowledged tasks, deadlines within ${WINDOW_MS / 1000} s → level-1 notice persisted`,
      value: ours.p99,
      unit: `ms p99 (p50 ${ours.p50} ms, max ${ours.max} ms)`,
      goal: `p99 ≤ ${GOAL_P99_MS} ms and ≤ ${GOAL_RATIO} × ESC-base p99, none early`,
      met: ours.p99 <= GOAL_P99_MS && p99Ratio <= GOAL_RATIO && ours.early === 0 && ours.missing === 0,
      baseline: `ESC-base p50 ${base.p50} / p99 ${base.p99} ms → ratio p50 ×${p50Ratio}, p99 ×${p99Ratio}; ${ours.early === 0 ? 'none early' : `${ours.early} EARLY`}, ${ours.missing} missing; Temporal history.timerProcessorMaxTimeShift=100ms (timer read-ahead)`,
      detail: { ...ours, count, windowMs: WINDOW_MS, base, p50Ratio, p99Ratio },
    },
    {
      id: 'ESC-CPU',
      name: 'CPU per escalation notice along the chain (worker → Kafka → notifier → store → mailbox; Temporal)',
      value: cpuOurs.total,
      unit: `ms CPU per notice (ours ${cpuOurs.apps} ms, servers ${cpuOurs.servers} ms)`,
      baseline: `ESC-base ${cpuLine(cpuBase)} → ×${ratio(cpuOurs.total, cpuBase.total)}; ours by process: ${cpuLine(cpuOurs)}; /proc CPU time from the first deadline until every notice is persisted (and e-mailed), each process's idle rate taken off; the servers are shared with anything else running`,
      detail: { ours: ours.cpu, base: base.cpu, perNotice: { ours: cpuOurs, base: cpuBase } },
    },
  ];
}

/** The real chain: worker, Kafka, notifier, inbox. */
async function measureOurs(ctx: BenchContext, count: number, leadMs: number): Promise<Lags> {
  const stack = await DondocStack.start(`${ctx.runId}-esc`, ['mailbox', 'directive-api', 'worker', 'notifier']);
  const connection = await connectMongo({ uri: stack.env.MONGODB_URI, appName: 'dondoc-bench' });
  try {
    const apps = processesWithEnv(`KAFKA_TOPIC_PREFIX=${stack.env.KAFKA_TOPIC_PREFIX}`);
    const meter = new CpuMeter({ ...serverPids(), ...Object.fromEntries(apps.map((a) => [a.app, a.pid])) });
    // Ours ends when every notice is also e-mailed (the notifier's mail and the mailbox's write are part of the chain).
    const inbox = new InboxRepository(connection);
    const emailed = () => inbox.model.countDocuments({ kind: 'escalation', level: 1, emailedAt: { $ne: null } });
    return await measureLags(
      'ESC',
      `${ctx.runId}-esc`,
      count,
      leadMs,
      connection,
      meter,
      emailed,
      (taskId, i, assignedAt, deadline) =>
        ctx.client.workflow.start(TASK_FOLLOW_UP_WORKFLOW, {
          taskQueue: stack.env.TEMPORAL_TASK_QUEUE,
          workflowId: taskWorkflowId(taskId),
          args: [neverAcknowledged(taskId, UNITS[i % UNITS.length], assignedAt, deadline)],
        }),
      workerThenNotifier(new TaskReadModelRepository(connection)),
    );
  } finally {
    await connection.close();
    await stack.stop({ leaveWorkflows: true });
  }
}

/** The bare workflow on a bare worker, its notices in a database of its own on the same store. */
async function measureBase(ctx: BenchContext, count: number, leadMs: number): Promise<Lags> {
  const taskQueue = `${ctx.runId}-esc-base`;
  const uri = mongoUriFor(`${ctx.runId}_esc_base`.replace(/-/g, '_'));
  const worker = await WorkerProcess.start({ BENCH_TASK_QUEUE: taskQueue, BENCH_MONGODB_URI: uri }, 'esc-base-worker.main.ts');
  const connection = await connectMongo({ uri, appName: 'dondoc-bench' });
  try {
    await new InboxRepository(connection).init(); // the indexes the notifier's inbox has
    const meter = new CpuMeter({ ...serverPids(), worker: worker.pid });
    return await measureLags(
      'ESC-base',
      `${ctx.runId}-esc-base`,
      count,
      leadMs,
      connection,
      meter,
      undefined,
      (taskId, _i, _assignedAt, deadline) =>
        ctx.client.workflow.start('escBaseWorkflow', { taskQueue, workflowId: `esc-base:${taskId}`, args: [taskId, deadline] }),
    );
  } finally {
    await connection.db?.dropDatabase().catch(() => undefined);
    await connection.close();
    await worker.stop();
  }
}

/**
 * Starts `count` workflows (32 at a time) whose deadlines spread evenly over the window
 * opening `leadMs` from now, then reads each level-1 escalation notice's `createdAt` from
 * the inbox: lag = createdAt − deadline.
 */
async function measureLags(
  label: string,
  tag: string,
  count: number,
  leadMs: number,
  connection: Connection,
  meter: CpuMeter,
  /** Counts what must also be done before the CPU is read (ours: notices e-mailed); by default the notices alone. */
  finished: (() => Promise<number>) | undefined,
  start: (taskId: string, i: number, assignedAt: number, deadline: number) => Promise<unknown>,
  stagesOf?: Stages,
): Promise<Lags> {
  // CPU: each process's idle rate (pollers, heartbeats) over quiet seconds before any
  // workflow exists, then everything from the first deadline on. Measured later, between the
  // starts and the window, the "idle" rate held the first workflow tasks still running and
  // was larger than the whole chain's own: the worker's and Temporal's CPU read as 0.
  await meter.idle(5000);
  const assignedAt = Date.now();
  const windowStart = assignedAt + leadMs;
  const deadlines = new Map<string, number>();
  let next = 0;
  const loop = async () => {
    while (next < count) {
      const i = next++;
      const taskId = `${tag}-${i}`;
      const deadline = windowStart + Math.floor((i * WINDOW_MS) / count);
      deadlines.set(taskId, deadline);
      await start(taskId, i, assignedAt, deadline);
      progress(`${label}: ${deadlines.size}/${count} workflows started`);
    }
  };
  await Promise.all(Array.from({ length: 32 }, loop));
  const spare = windowStart - Date.now();
  progressDone(
    `${label}: ${count} workflows started; deadlines from ${new Date(windowStart).toISOString()} over ${WINDOW_MS / 1000} s (${(spare / 1000).toFixed(1)} s from now)`,
  );
  if (spare < 0)
    throw new Error(`${label}: starting ${count} workflows took longer than the ${leadMs / 1000} s lead: the deadlines had already passed`);

  const inbox = new InboxRepository(connection);
  // The database holds only these notices. Polled every 5 s, from the window's start: each
  // count is a query on the store, which would compete with the notices' writer.
  const escalated = { kind: 'escalation' as const, level: 1 };
  await new Promise((r) => setTimeout(r, Math.max(0, windowStart - Date.now())));
  meter.start();
  const giveUpAt = windowStart + WINDOW_MS + 180_000;
  let n = 0;
  while ((n = await inbox.model.countDocuments(escalated)) < count && Date.now() < giveUpAt) {
    progress(`${label}: ${n}/${count} level-1 notices persisted`);
    await new Promise((r) => setTimeout(r, 5000));
  }
  const settleBy = Date.now() + 60_000;
  while (finished && (await finished()) < n && Date.now() < settleBy) await new Promise((r) => setTimeout(r, 1000));
  const cpu = meter.stop(n);
  const notices = await inbox.model.find(escalated, { taskId: 1, createdAt: 1 }).lean<{ taskId: string; createdAt: string }[]>();
  const lags = notices.map((x) => Date.parse(x.createdAt) - (deadlines.get(x.taskId) ?? Number.NaN)).filter((l) => !Number.isNaN(l));
  const lag = summarize(lags);
  const early = lags.filter((l) => l < 0).length;
  const missing = count - new Set(notices.map((x) => x.taskId)).size;
  progressDone(
    `${label}: ${lag.count} notices; lag p50 ${lag.p50} ms, p99 ${lag.p99} ms, max ${lag.max} ms; ${early} early, ${missing} missing`,
  );
  const stages = await stagesOf?.(notices, deadlines);
  if (stages)
    progressDone(
      `${label}: by stage ${Object.entries(stages)
        .map(([name, st]) => `${name} p50 ${st.p50} / p99 ${st.p99} ms`)
        .join('; ')}`,
    );
  return { ...lag, early, missing, cpu, stages };
}

/**
 * The worker's share (deadline → the task row projected, which the escalation activity does
 * right after publishing the fact to Kafka) and the notifier's (→ the notice stored).
 */
function workerThenNotifier(tasks: TaskReadModelRepository): Stages {
  return async (notices, deadlines) => {
    const rows = await tasks.model
      .find({ _id: { $in: notices.map((n) => n.taskId) } }, { projectedAt: 1 })
      .lean<{ _id: string; projectedAt: string }[]>();
    const projected = new Map(rows.map((r) => [r._id, Date.parse(r.projectedAt)]));
    const worker: number[] = [];
    const notifier: number[] = [];
    for (const n of notices) {
      const at = projected.get(n.taskId);
      const deadline = deadlines.get(n.taskId);
      if (at === undefined || deadline === undefined) continue;
      worker.push(at - deadline);
      notifier.push(Date.parse(n.createdAt) - at);
    }
    return { worker: summarize(worker), notifier: summarize(notifier) };
  };
}

/** CPU ms per notice: each process's, ours (the apps) and the servers' sums, and the total. */
function perNotice(cpu: Cpu) {
  const by = Object.fromEntries(Object.entries(cpu.processes).map(([name, p]) => [name, p.perUnitMs]));
  const sum = (names: string[]) => Math.round(names.reduce((t, n) => t + (by[n] ?? 0), 0) * 10) / 10;
  const apps = Object.keys(by).filter((n) => !SERVERS.includes(n));
  return { by, apps: sum(apps), servers: sum(SERVERS), total: sum(Object.keys(by)) };
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
