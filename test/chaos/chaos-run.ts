import { AuditSealChecker, loadAuditKeys } from '@dondoc/audit';
import { topicsFor } from '@dondoc/contracts';
import { createKafkaClient } from '@dondoc/messaging';
import { connectMongo } from '@dondoc/persistence';
import { connectTemporalClient } from '@dondoc/temporal';
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DondocStack, type AppName } from '../e2e/support/dondoc-stack';
import { ChaosServers, type ServerName } from './chaos-servers';
import { checkInvariants, type Violation } from './invariants';
import { lateTaskTimeline } from './late-task-timeline';
import { between, pick, prng } from './prng';

export type Target = AppName | ServerName;
const TARGETS: Target[] = ['worker', 'orchestrator', 'notifier', 'directive-api', 'audit', 'mailbox', 'kafka', 'temporal', 'secantusdb'];
const UNITS = [
  'so-noi-vu',
  'so-tu-phap',
  'so-tai-chinh',
  'so-y-te',
  'so-xay-dung',
  'so-du-lich',
  'so-cong-thuong',
  'so-giao-duc-dao-tao',
  'so-ngoai-vu',
  'so-thong-tin-truyen-thong',
];

export interface ChaosOptions {
  runs: number;
  /** The number of the first run (its seed is seed·1000 + number). */
  first: number;
  seed: number;
  /** Directives per run; each has `items` tasks for each of the 10 units. */
  directives: number;
  items: number;
  /** Faults fall in this window after the first issue. */
  faultWindowMs: number;
  ackWithinMs: number;
  recoveryTimeoutMs: number;
  home: string;
  log: (line: string) => void;
}

export interface FaultRecord {
  target: Target;
  atMs: number;
  downMs: number;
  restartMs: number;
}

export interface RunResult {
  run: number;
  seed: number;
  tasks: number;
  faults: FaultRecord[];
  recoveryMs: number | null;
  violations: Violation[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Past this, the first late task's workflow history is printed once (the goal is recovery ≤ 30 s). */
const SLOW_RECOVERY_MS = 30_000;

/** Seeded fault injection on a stack of its own: see test/chaos/README in the note. */
export async function runChaos(o: ChaosOptions): Promise<RunResult[]> {
  fs.rmSync(o.home, { recursive: true, force: true });
  fs.mkdirSync(o.home, { recursive: true });
  o.log(`[chaos] starting own servers under ${o.home}`);
  const servers = await ChaosServers.start(path.join(o.home, 'servers'));
  const keyFile = path.join(o.home, 'audit-seal.pem');
  fs.writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const checker: AuditSealChecker = loadAuditKeys({ AUDIT_SIGNING_KEY_FILE: keyFile }).checker;
  let stack: DondocStack | undefined;
  const results: RunResult[] = [];
  try {
    stack = await DondocStack.start('chaos', ['mailbox', 'directive-api', 'worker', 'orchestrator', 'notifier', 'audit'], {
      MONGODB_URI: `${servers.mongoBase}/chaos`,
      MAILBOX_MONGODB_URI: `${servers.mongoBase}/chaos_mail`,
      KAFKA_BROKERS: servers.kafkaBrokers,
      TEMPORAL_ADDRESS: servers.temporalAddress,
      TEMPORAL_NAMESPACE: 'dondoc',
      AUDIT_SIGNING_KEY_FILE: keyFile,
      AUDIT_HEADS_PUBLISH_MS: '2000',
      RATE_LIMIT_WRITES_PER_MINUTE: '0',
    });
    o.log('[chaos] stack up: directive API, worker, orchestrator, notifier, audit, mailbox');
    for (let r = o.first; r < o.first + o.runs; r++) {
      const result = await oneRun(o, r, servers, stack, checker);
      results.push(result);
      const faults = result.faults
        .map(
          (f) =>
            `${f.target}@${(f.atMs / 1000).toFixed(1)}s(down ${(f.downMs / 1000).toFixed(1)}s, up in ${(f.restartMs / 1000).toFixed(1)}s)`,
        )
        .join(', ');
      o.log(
        `[chaos] run ${r}/${o.first + o.runs - 1} seed ${result.seed}: ${result.tasks} tasks; faults: ${faults}; recovery ${result.recoveryMs === null ? 'NOT reached' : `${(result.recoveryMs / 1000).toFixed(1)} s`}; violations ${result.violations.length}`,
      );
      for (const v of result.violations) o.log(`[chaos]   ✗ ${v.check}: ${v.detail} — ${v.ids.join(', ')}`);
    }
  } finally {
    await stack?.stop().catch(() => undefined);
    await servers.stop();
  }
  return results;
}

async function oneRun(
  o: ChaosOptions,
  r: number,
  servers: ChaosServers,
  stack: DondocStack,
  checker: AuditSealChecker,
): Promise<RunResult> {
  const seed = o.seed * 1000 + r;
  const random = prng(seed);
  const t0 = Date.now();
  const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
  const topics = topicsFor(stack.env.KAFKA_TOPIC_PREFIX);
  const kafka = createKafkaClient({ brokers: [servers.kafkaBrokers], clientId: 'chaos-load', logLevel: 'error' });

  // Faults: 1 to 3 distinct targets, at seeded moments in the window, each down 1-5 s.
  const count = 1 + Math.floor(random() * 3);
  const chosen = new Set<Target>();
  while (chosen.size < count) chosen.add(pick(random, TARGETS));
  const plan = [...chosen].map((target) => ({
    target,
    atMs: Math.round(between(random, 0, o.faultWindowMs)),
    downMs: Math.round(between(random, 1000, 5000)),
  }));
  const faults: FaultRecord[] = [];
  const faulting = Promise.all(
    plan.map(async (f) => {
      await sleep(f.atMs);
      o.log(`[chaos] run ${r}: kill -9 ${f.target} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      if (f.target === 'kafka' || f.target === 'temporal' || f.target === 'secantusdb') servers.kill(f.target);
      else await stack.app(f.target).stop('SIGKILL');
      await sleep(f.downMs);
      const up = Date.now();
      if (f.target === 'kafka' || f.target === 'temporal' || f.target === 'secantusdb') await servers.restart(f.target);
      else await stack.startApp(f.target);
      faults.push({ ...f, restartMs: Date.now() - up });
      o.log(`[chaos] run ${r}: ${f.target} back in ${((Date.now() - up) / 1000).toFixed(1)} s`);
    }),
  );

  // Load: poison first (the only dead letters allowed), then the directives, then acknowledgements.
  const poison = retry(async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: topics.taskEvents, messages: [{ key: `poison-${r}`, value: '{"not":"an event"}' }] });
    await producer.disconnect();
  }, 120_000);
  const directiveIds: string[] = [];
  const acknowledged = new Set<string>();
  const issued = await Promise.all(
    Array.from({ length: o.directives }, async (_, d) => {
      const body = {
        number: `CHAOS-${seed}-${d}/UBND-NV`,
        date: new Date().toISOString().slice(0, 10),
        subject: 'Thử nghiệm sự cố ngẫu nhiên',
        issuerUnitId: 'ubnd-tinh',
        tasks: Array.from({ length: o.items }, (_, i) => ({
          itemRef: String(i + 1),
          text: `Nhiệm vụ ${i + 1}`,
          leadUnitIds: UNITS,
          deadline: { at: new Date(Date.now() + 3_600_000).toISOString() },
          acknowledgeWithin: { ms: o.ackWithinMs },
          escalation: { levels: 1, delay: { ms: 600_000 } },
        })),
      };
      const draft = await retry(async () => {
        const res = await stack.call<{ id: string }>('POST', '/v1/directives', { token: issuer, body });
        if (res.status === 201 || res.status === 200) return res.body.id;
        if (res.status === 409) {
          // Created by an attempt whose answer was lost: find it by its number.
          const list = await stack.call<{ id: string; number: string }[]>('GET', `/v1/directives?limit=100`, { token: issuer });
          const found = Array.isArray(list.body) ? list.body.find((x) => x.number === body.number) : undefined;
          if (found) return found.id;
        }
        throw new Error(`draft: ${res.status}`);
      }, 120_000);
      directiveIds.push(draft);
      return retry(async () => {
        const res = await stack.call<{ assignments: { taskId: string }[]; status?: string }>('POST', `/v1/directives/${draft}/issue`, {
          token: issuer,
        });
        if (res.status === 200) return res.body.assignments;
        const now = await stack.call<{ status: string; assignments: { taskId: string }[] }>('GET', `/v1/directives/${draft}`, {
          token: issuer,
        });
        if (now.status === 200 && now.body.status === 'issued') return now.body.assignments;
        throw new Error(`issue: ${res.status}`);
      }, 120_000);
    }),
  );
  const tasks = issued.flat();
  o.log(`[chaos] run ${r}: issued ${tasks.length} tasks in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // Act on about a third of the tasks: acknowledge them within their window (retrying while starting).
  await Promise.all(
    tasks
      .filter(() => random() < 0.33)
      .map(async (t) => {
        const unit = (t as { leadUnitId?: string }).leadUnitId ?? '';
        const token = await stack.token('unit-head', unit, `${unit}.giamdoc`);
        const until = t0 + o.ackWithinMs - 2000;
        while (Date.now() < until) {
          const res = await stack.call('POST', `/v1/tasks/${t.taskId}/acknowledge`, { token, body: {} }).catch(() => ({ status: 0 }));
          if (res.status === 200) return void acknowledged.add(t.taskId);
          if (res.status === 409 && /acknowledg|tiếp nhận/i.test(JSON.stringify((res as { body?: unknown }).body ?? '')))
            return void acknowledged.add(t.taskId);
          await sleep(500);
        }
      }),
  );
  await poison;
  await faulting;
  const lastRestart = Date.now();
  // Escalations are due once every window has passed (faults may have delayed the starts).
  const dueBy = Math.max(lastRestart, t0 + o.ackWithinMs + 3000);
  await sleep(Math.max(0, dueBy - Date.now()));

  const connection = await connectMongo({ uri: stack.env.MONGODB_URI, appName: 'chaos-check' });
  const temporal = await connectTemporalClient({ address: servers.temporalAddress, namespace: 'dondoc' });
  try {
    const world = {
      connection,
      temporal,
      mailboxUrl: stack.mailboxUrl,
      kafkaBrokers: servers.kafkaBrokers,
      deadLetterTopic: topics.deadLetter,
      checker,
      directiveIds,
      acknowledged,
    };
    let violations: Violation[] = [];
    let explained = false;
    for (;;) {
      violations = await checkInvariants(world, true).catch((e: Error) => [{ check: 'checks-ran', ids: [], detail: e.message }]);
      o.log(
        `[chaos] run ${r}: ${violations.length ? `waiting: ${violations.map((v) => `${v.check} (${v.detail})`).join('; ')}` : 'all invariants hold'}`,
      );
      if (violations.length === 0) return { run: r, seed, tasks: tasks.length, faults, recoveryMs: Date.now() - dueBy, violations };
      const lateTask = violations.find((v) => v.check === 'due-escalation-noticed')?.ids[0];
      if (!explained && lateTask && Date.now() - dueBy > SLOW_RECOVERY_MS) {
        explained = true;
        for (const line of await lateTaskTimeline(temporal, lateTask, dueBy).catch((e: Error) => [`timeline unavailable: ${e.message}`]))
          o.log(`[chaos] run ${r}:   ${line}`);
      }
      if (Date.now() - dueBy > o.recoveryTimeoutMs) return { run: r, seed, tasks: tasks.length, faults, recoveryMs: null, violations };
      await sleep(2000);
    }
  } finally {
    await temporal.connection.close();
    await connection.close();
  }
}

async function retry<T>(attempt: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await sleep(500);
    }
  }
}
