// The audit HTTP service in process on a free port, on the real MongoDB-wire and
// Temporal servers, over an archive holding the golden histories: auditor-only access
// (refusals are recorded in the trail), the Vietnamese timeline, raw downloads that hash
// to their SHA-256, "as of", replay jobs with progress, verification, 400s that name the
// field and 404s for the unknown.
import { MongoAuditTrail, MongoHistoryArchive, sha256Hex, verifyChain } from '@dondoc/audit';
import { connectMongo } from '@dondoc/persistence';
import { freePort, mongoUriFor, uniqueName } from '@dondoc/testing';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SignJWT } from 'jose';
import type { Connection } from 'mongoose';
// The app is booted in process, as test/e2e/support does for the other apps.
/* eslint-disable @nx/enforce-module-boundaries */
import { loadAuditConfig, type AuditConfig } from '../../../apps/audit/src/audit.config';
import { AuditModule } from '../../../apps/audit/src/audit.module';
import { setUpAuditApi } from '../../../apps/audit/src/audit.setup';
import { ACCESS_CHAIN } from '../../../apps/audit/src/auth/auditor.guard';
/* eslint-enable @nx/enforce-module-boundaries */
import { archiveGoldenHistories } from '../../integration/audit/support/golden-archive';

jest.setTimeout(180_000);

describe('audit API', () => {
  let app: INestApplication;
  let config: AuditConfig;
  let connection: Connection;
  let base: string;
  let auditor: string;
  let unitHead: string;

  const sign = (sub: string, role: string, unit: string) =>
    new SignJWT({ role, unit })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setIssuer(config.AUTH_ISSUER)
      .setAudience(config.AUTH_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(config.AUTH_JWT_SECRET));

  async function call(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    let body: unknown = undefined;
    try {
      body = JSON.parse(bytes.toString('utf8'));
    } catch {
      body = bytes.toString('utf8');
    }
    return { status: response.status, headers: response.headers, bytes, body: body as Record<string, unknown> & { [k: string]: never } };
  }

  beforeAll(async () => {
    const uri = mongoUriFor(uniqueName('audit-api'));
    config = loadAuditConfig({ MONGODB_URI: uri, HTTP_PORT: String(await freePort()), ARCHIVE_SWEEP_MS: '0' });
    connection = await connectMongo({ uri });
    const archive = new MongoHistoryArchive(connection);
    const trail = new MongoAuditTrail(connection);
    await Promise.all([archive.init(), trail.init()]);
    await archiveGoldenHistories(archive);
    await trail.append({
      directiveId: 'd-907',
      taskId: 'golden-duty',
      who: 'so-noi-vu.giamdoc',
      role: 'unit-head',
      unit: 'so-noi-vu',
      what: 'task.acknowledged',
      when: '2022-01-25T02:00:00.000Z',
    });
    app = await NestFactory.create(AuditModule.forRoot(config), { logger: ['error', 'warn'] });
    setUpAuditApi(app, config);
    await app.listen(config.HTTP_PORT, config.HTTP_HOST);
    base = `http://${config.HTTP_HOST}:${config.HTTP_PORT}`;
    auditor = await sign('thanh-tra.kiemtoan', 'auditor', 'thanh-tra-tinh');
    unitHead = await sign('so-noi-vu.giamdoc', 'unit-head', 'so-noi-vu');
  });
  afterAll(async () => {
    await app?.close();
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('publishes OpenAPI at /docs-json and /docs', async () => {
    const json = await call('GET', '/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys((json.body as unknown as { paths: object }).paths)).toEqual(
      expect.arrayContaining([
        '/v1/audit/tasks/{id}/timeline',
        '/v1/audit/tasks/{id}/histories',
        '/v1/audit/tasks/{id}/state',
        '/v1/audit/replay',
        '/v1/audit/directives/{id}/verify',
      ]),
    );
    expect((await call('GET', '/docs')).status).toBe(200);
  });

  it('lets only auditors in, and records every refusal in the trail', async () => {
    expect((await call('GET', '/v1/audit/tasks/golden-duty/timeline')).status).toBe(401);
    expect((await call('GET', '/v1/audit/tasks/golden-duty/timeline', { token: 'not-a-jwt' })).status).toBe(401);
    const forbidden = await call('GET', '/v1/audit/tasks/golden-duty/timeline', { token: unitHead });
    expect(forbidden.status).toBe(403);
    const trail = new MongoAuditTrail(connection);
    const refusals = await trail.entries(ACCESS_CHAIN);
    expect(refusals.map((e) => [e.who, e.role, e.what])).toEqual([
      ['anonymous', 'unknown', 'auth.unauthenticated'],
      ['anonymous', 'unknown', 'auth.unauthenticated'],
      ['so-noi-vu.giamdoc', 'unit-head', 'auth.forbidden'],
    ]);
    expect(refusals[2].details).toMatchObject({
      service: 'audit-api',
      method: 'GET',
      path: '/v1/audit/tasks/golden-duty/timeline',
      status: 403,
    });
    expect(verifyChain({ directiveId: ACCESS_CHAIN, entries: refusals }).ok).toBe(true);
  });

  it('shows a task timeline in Vietnamese, with the runs marked', async () => {
    const { status, body } = await call('GET', '/v1/audit/tasks/golden-duty/timeline', { token: auditor });
    expect(status).toBe(200);
    expect(body).toMatchObject({ taskId: 'golden-duty', directiveNumber: '907/UBND-NV', runs: 3 });
    const lines = body.lines as unknown as { text: string; kind: string }[];
    expect(lines[0].text).toMatch(/^Giao nhiệm vụ/);
    expect(lines.filter((l) => l.kind === 'run-closed')).toHaveLength(3);
    expect(lines.some((l) => /Báo cáo tiến độ/.test(l.text))).toBe(true);
  });

  it('lists and downloads raw histories that hash to their recorded SHA-256', async () => {
    const list = await call('GET', '/v1/audit/tasks/golden-duty/histories', { token: auditor });
    expect(list.status).toBe(200);
    const runs = list.body.runs as unknown as { runId: string; sha256: string; download: string; runIndex: number }[];
    expect(runs.map((r) => r.runIndex)).toEqual([0, 1, 2]);
    const file = await call('GET', runs[1].download, { token: auditor });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('attachment');
    expect(sha256Hex(file.bytes)).toBe(runs[1].sha256);
    expect(file.headers.get('x-content-sha256')).toBe(runs[1].sha256);
    expect((await call('GET', `/v1/audit/tasks/golden-refused/histories/${runs[1].runId}`, { token: auditor })).status).toBe(404);
  });

  it('answers the state as of a past instant, and says which field is wrong', async () => {
    const state = await call('GET', '/v1/audit/tasks/golden-duty/state?asOf=2022-03-28T10:30:00%2B07:00', { token: auditor });
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({
      taskId: 'golden-duty',
      calendarVersion: expect.any(String),
      orgChartVersion: expect.stringMatching(/@v\d+$/),
    });
    expect(state.body.auditEntries).toHaveLength(1);

    const missing = await call('GET', '/v1/audit/tasks/golden-duty/state', { token: auditor });
    expect([missing.status, missing.body.field]).toEqual([400, 'asOf']);
    const bad = await call('GET', '/v1/audit/tasks/golden-duty/state?asOf=yesterday', { token: auditor });
    expect([bad.status, bad.body.field]).toEqual([400, 'asOf']);
    expect((await call('GET', '/v1/audit/tasks/golden-duty/state?asOf=2020-01-01', { token: auditor })).status).toBe(404);
    expect((await call('GET', '/v1/audit/tasks/no-such-task/state?asOf=2022-03-01', { token: auditor })).status).toBe(404);
    const badId = await call('GET', '/v1/audit/tasks/bad%20id/timeline', { token: auditor });
    expect([badId.status, badId.body.field]).toEqual([400, 'id']);
  });

  it('replays a directive as a job with progress, and refuses a bad scope naming the field', async () => {
    const started = await call('POST', '/v1/audit/replay', { token: auditor, body: { directiveNumber: '907/UBND-NV' } });
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(`/v1/audit/replay/${String(started.body.jobId)}`);
    let job = started.body as unknown as {
      status: string;
      progress: { done: number; total: number };
      report: { ok: boolean; total: number } | null;
    };
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100)); // poll gently; nothing is asserted about time
      job = (await call('GET', started.headers.get('location') ?? '', { token: auditor })).body as unknown as typeof job;
    }
    expect(job).toMatchObject({ status: 'passed', progress: { done: 3, total: 3 }, report: { ok: true, total: 3 } });

    const all = await call('POST', '/v1/audit/replay?wait=true', { token: auditor, body: { all: true } });
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ status: 'passed', report: { total: 5 } });

    const none = await call('POST', '/v1/audit/replay', { token: auditor, body: {} });
    expect([none.status, none.body.field]).toEqual([400, 'scope']);
    const two = await call('POST', '/v1/audit/replay', { token: auditor, body: { all: true, taskId: 'x' } });
    expect([two.status, two.body.field]).toEqual([400, 'scope']);
    const unknown = await call('POST', '/v1/audit/replay', { token: auditor, body: { directive: 'd-907' } });
    expect([unknown.status, unknown.body.field]).toEqual([400, 'directive']);
    const wrongType = await call('POST', '/v1/audit/replay', { token: auditor, body: { taskId: 7 } });
    expect([wrongType.status, wrongType.body.field]).toEqual([400, 'taskId']);
    expect((await call('POST', '/v1/audit/replay', { token: auditor, body: { directiveNumber: '1/KHONG-CO' } })).status).toBe(404);
    expect((await call('GET', '/v1/audit/replay/no-such-job', { token: auditor })).status).toBe(404);
  });

  it('verifies a directive by id or by its number, and 404s an unknown one', async () => {
    const byId = await call('GET', '/v1/audit/directives/d-907/verify', { token: auditor });
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({ directiveId: 'd-907', ok: true, chain: { entries: 1 }, histories: { checked: 3, mismatched: [] } });
    const byNumber = await call('GET', `/v1/audit/directives/${encodeURIComponent('907/UBND-NV')}/verify`, { token: auditor });
    expect(byNumber.body).toMatchObject({ directiveId: 'd-907', ok: true });
    expect((await call('GET', '/v1/audit/directives/d-unknown/verify', { token: auditor })).status).toBe(404);
  });

  it("pages through a directive's audit entries", async () => {
    const page = await call('GET', '/v1/audit/directives/d-907/entries?limit=1', { token: auditor });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      directiveId: 'd-907',
      entries: [{ seq: 1, who: 'so-noi-vu.giamdoc', role: 'unit-head', what: 'task.acknowledged' }],
    });
    expect(page.body.next).toBe('/v1/audit/directives/d-907/entries?fromSeq=2&limit=1');
    const bad = await call('GET', '/v1/audit/directives/d-907/entries?limit=0', { token: auditor });
    expect([bad.status, bad.body.field]).toEqual([400, 'limit']);
    expect((await call('GET', '/v1/audit/directives/d-unknown/entries', { token: auditor })).status).toBe(404);
  });
});
