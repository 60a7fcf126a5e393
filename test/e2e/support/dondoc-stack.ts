import type { UserRole } from '@dondoc/domain';
import { topicsFor } from '@dondoc/contracts';
import { createKafkaClient } from '@dondoc/messaging';
import { connectTemporalClient } from '@dondoc/temporal';
import { freePort, mongoUriFor, portOpen, servers, uniqueName } from '@dondoc/testing';
import { SignJWT } from 'jose';
import mongoose from 'mongoose';
import { ServiceProcess } from './service-process';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  noticeKey: string | null;
}

export type AppName = 'directive-api' | 'worker' | 'orchestrator' | 'notifier' | 'mailbox' | 'audit';

const READY: Record<AppName, RegExp> = {
  'directive-api': /Nest application successfully started/,
  worker: /polling task queue/,
  orchestrator: /Nest microservice successfully started/,
  notifier: /Nest microservice successfully started/,
  mailbox: /\[mailbox\] SMTP on/,
  audit: /Nest application successfully started/,
};

const HTTP_APPS = new Set<AppName>(['directive-api', 'audit']);

const JWT_SECRET = 'e2e-secret-for-this-run-only-0123456789';

/**
 * Every dondoc process of one test run, as real processes on the real servers, isolated by
 * a database, topic prefix, task queue, consumer groups and ports of their own.
 */
export class DondocStack {
  readonly processes = new Map<AppName, ServiceProcess>();
  baseUrl = '';
  mailboxUrl = '';
  auditUrl = '';

  private constructor(readonly env: Record<string, string>) {}

  static async start(
    label: string,
    apps: AppName[] = ['mailbox', 'directive-api', 'worker', 'orchestrator', 'notifier'],
    extraEnv: Record<string, string> = {},
  ): Promise<DondocStack> {
    const run = uniqueName(label);
    const [httpPort, smtpPort, mailHttpPort, auditPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    const stack = new DondocStack({
      MONGODB_URI: mongoUriFor(run.replace(/-/g, '_')),
      KAFKA_BROKERS: servers.kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: run,
      TEMPORAL_ADDRESS: servers.temporalAddress,
      TEMPORAL_NAMESPACE: servers.temporalNamespace,
      TEMPORAL_TASK_QUEUE: `${run}-tasks`,
      ORCHESTRATOR_GROUP_ID: `${run}-orchestrator`,
      NOTIFIER_GROUP_ID: `${run}-notifier`,
      HTTP_PORT: String(httpPort),
      PUBLIC_BASE_URL: `http://127.0.0.1:${httpPort}`,
      AUTH_JWT_SECRET: JWT_SECRET,
      OUTBOX_POLL_MS: '100',
      SMTP_PORT: String(smtpPort),
      MAILBOX_SMTP_PORT: String(smtpPort),
      MAILBOX_HTTP_PORT: String(mailHttpPort),
      MAILBOX_MONGODB_URI: mongoUriFor(`${run.replace(/-/g, '_')}_mail`),
      AUDIT_GROUP_ID: `${run}-audit`,
      AUDIT_HTTP_PORT: String(auditPort),
      ...extraEnv,
    });
    stack.baseUrl = `http://127.0.0.1:${httpPort}`;
    stack.mailboxUrl = `http://127.0.0.1:${mailHttpPort}`;
    stack.auditUrl = `http://127.0.0.1:${auditPort}`;
    try {
      await Promise.all(apps.map((app) => stack.startApp(app)));
    } catch (e) {
      await stack.stop();
      throw e;
    }
    return stack;
  }

  async startApp(app: AppName): Promise<void> {
    // The audit API listens on a port of its own (both APIs read HTTP_PORT).
    const env = app === 'audit' ? { ...this.env, HTTP_PORT: this.env.AUDIT_HTTP_PORT } : this.env;
    const proc = this.processes.get(app) ?? new ServiceProcess(app, env);
    this.processes.set(app, proc);
    proc.start();
    await proc.waitForLog(READY[app]);
    // Nest logs "successfully started" before it binds the port: a call right after it was
    // refused once (ECONNREFUSED in a full run). An HTTP app is ready when its port answers.
    const port = Number(env.HTTP_PORT);
    if (HTTP_APPS.has(app))
      await eventually(
        () => portOpen(port),
        (open) => open,
        30_000,
        `${app} listening on ${port}`,
      );
  }

  app(app: AppName): ServiceProcess {
    const proc = this.processes.get(app);
    if (!proc) throw new Error(`${app} is not part of this stack`);
    return proc;
  }

  token(role: UserRole, unitId: string, userId = `${unitId}.${role}`, secret = JWT_SECRET): Promise<string> {
    return new SignJWT({ role, unit: unitId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer('dondoc-local')
      .setAudience('dondoc')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
  }

  async call<T = unknown>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] = 'application/json';
    const res = await this.reach('directive-api', `${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (e.g. the Swagger UI page)
    }
    return { status: res.status, body: body as T, headers: res.headers };
  }

  async mails(): Promise<ReceivedMail[]> {
    const res = await this.reach('mailbox', `${this.mailboxUrl}/messages`);
    return ((await res.json()) as { messages: ReceivedMail[] }).messages;
  }

  /** fetch, but a refused connection says whether the app died and how (the tail of its log). */
  private async reach(app: AppName, url: string, init?: RequestInit): Promise<Response> {
    try {
      return await fetch(url, init);
    } catch (e) {
      const proc = this.processes.get(app);
      const state = proc ? (proc.running ? 'still running' : 'not running') : 'not started';
      throw new Error(
        `${init?.method ?? 'GET'} ${url} failed (${(e as Error & { cause?: Error }).cause?.message ?? e}); ${app} is ${state}; its log ends:\n${proc?.log.slice(-4000) ?? ''}`,
      );
    }
  }

  /**
   * `keepDatabase`: the processes stop, the main database stays (the benchmarks hand one on).
   * `leaveWorkflows`: the run's workflows are left to whoever ends them (the benchmarks: one
   * server-side batch at the run's end, `terminateRunWorkflows`; one by one, here, FANOUT's
   * 20,000 terminations took ~80 s).
   */
  async stop(o: { keepDatabase?: boolean; leaveWorkflows?: boolean } = {}): Promise<void> {
    await Promise.all([...this.processes.values()].map((p) => p.stop()));
    if (!o.leaveWorkflows) await this.terminateWorkflows().catch(() => undefined);
    await this.deleteTopics().catch(() => undefined);
    for (const uri of [...(o.keepDatabase ? [] : [this.env.MONGODB_URI]), this.env.MAILBOX_MONGODB_URI]) await dropDatabase(uri);
  }

  /** Removes this run's prefixed topics from the shared broker. */
  private async deleteTopics(): Promise<void> {
    const admin = createKafkaClient({ brokers: servers.kafkaBrokers, clientId: 'e2e-cleanup', logLevel: 'error' }).admin();
    await admin.connect();
    try {
      const mine = new Set(Object.values(topicsFor(this.env.KAFKA_TOPIC_PREFIX)));
      const existing = (await admin.listTopics()).filter((t) => mine.has(t));
      if (existing.length) await admin.deleteTopics({ topics: existing });
    } finally {
      await admin.disconnect();
    }
  }

  /** Ends this run's follow-ups, so the shared dev server does not keep workflows nobody will serve. */
  private async terminateWorkflows(): Promise<void> {
    const client = await connectTemporalClient({ address: servers.temporalAddress, namespace: servers.temporalNamespace });
    try {
      const query = `TaskQueue = '${this.env.TEMPORAL_TASK_QUEUE}' AND ExecutionStatus = 'Running'`;
      for await (const wf of client.workflow.list({ query })) {
        await client.workflow
          .getHandle(wf.workflowId, wf.runId)
          .terminate('test run finished')
          .catch(() => undefined);
      }
    } finally {
      await client.connection.close();
    }
  }
}

/** Polls until `until` holds, or fails after `timeoutMs` saying what it last saw. */
export async function eventually<T>(probe: () => Promise<T>, until: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (until(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)?.slice(0, 1500)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Drops a database of a run; a store that cannot be reached is left as it is. */
export async function dropDatabase(uri: string): Promise<void> {
  const c = await mongoose
    .createConnection(uri, { retryWrites: false })
    .asPromise()
    .catch(() => undefined);
  await c?.dropDatabase().catch(() => undefined);
  await c?.close();
}
