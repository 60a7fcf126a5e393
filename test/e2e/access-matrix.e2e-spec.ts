// The access matrix of the directive API, generated from its OpenAPI document: every route
// × every role, every route × every kind of bad token, and the task routes × own unit /
// other unit. Every expected answer comes from ACCESS_POLICY (@dondoc/auth), the table the
// guards read, plus the unit-scope rule; 0 leaks means no cell answers better than expected.
import { ACCESS_POLICY, accessOf } from '@dondoc/auth';
import { USER_ROLES, type UserRole } from '@dondoc/domain';
import { freePort, mongoUriFor, uniqueName } from '@dondoc/testing';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SignJWT } from 'jose';
// The audit API runs in process (as in audit/audit-api.e2e-spec.ts): its module is not a library.
/* eslint-disable @nx/enforce-module-boundaries */
import { loadAuditConfig } from '../../apps/audit/src/audit.config';
import { AuditModule } from '../../apps/audit/src/audit.module';
import { setUpAuditApi } from '../../apps/audit/src/audit.setup';
/* eslint-enable @nx/enforce-module-boundaries */
import { DondocStack } from './support/dondoc-stack';

jest.setTimeout(300_000);

type Route = { method: string; path: string };
interface Problem {
  message?: string;
}

const ROLE_REFUSAL = /^Vai trò .+ không được phép/;
const AUDIT_ROLE_REFUSAL = /^Chỉ kiểm toán viên được truy cập/;
const AUDIT_SECRET = 'access-matrix-audit-secret-0123456789';

/** A token as the identity provider would sign it, or spoiled in one way. */
function tokenOf(
  secret: string,
  role: UserRole,
  unit: string,
  over: { secret?: string; audience?: string; issuer?: string; exp?: string } = {},
): Promise<string> {
  return new SignJWT({ role, unit })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`${unit}.${role}`)
    .setIssuer(over.issuer ?? 'dondoc-local')
    .setAudience(over.audience ?? 'dondoc')
    .setIssuedAt()
    .setExpirationTime(over.exp ?? '1h')
    .sign(new TextEncoder().encode(over.secret ?? secret));
}

/** The five ways a request can fail authentication. */
async function badTokens(secret: string): Promise<[string, string | undefined][]> {
  return [
    ['no token', undefined],
    ['expired', await tokenOf(secret, 'admin', 'so-noi-vu', { exp: '-1m' })],
    ['wrong signature', await tokenOf(secret, 'admin', 'so-noi-vu', { secret: 'another-secret-of-at-least-16-chars' })],
    ['wrong audience', await tokenOf(secret, 'admin', 'so-noi-vu', { audience: 'other-system' })],
    ['wrong issuer', await tokenOf(secret, 'admin', 'so-noi-vu', { issuer: 'someone-else' })],
  ];
}
/** The roles that see the whole organisation (UnitScopeService); the others only their unit and its sub-units. */
const WHOLE_ORGANISATION: readonly UserRole[] = ['admin', 'leader', 'auditor', 'issuer'];

/** Valid bodies, so a refusal can only come from the policy or the scope, never from validation. */
const VALID_BODY: Record<string, unknown> = {
  acknowledge: { note: 'ok' },
  refuse: { reason: 'Không thuộc chức năng' },
  progress: { percent: 50, note: 'Đang làm' },
  'extension-requests': { newDueAt: '2030-01-01T00:00:00+07:00', reason: 'Cần thêm thời gian' },
  decision: { approve: true },
  submit: { summary: 'Đã xong' },
  approve: {},
  return: { reason: 'Chưa đạt' },
  reassign: { toUnitId: 'so-y-te' },
  pause: { reason: 'Chờ ý kiến' },
  resume: {},
};

describe('access matrix of the directive API (from its OpenAPI document and ACCESS_POLICY)', () => {
  let stack: DondocStack;
  let routes: Route[];
  let taskId = '';

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-matrix', ['directive-api']);
    const doc = (await stack.call<{ paths: Record<string, Record<string, unknown>> }>('GET', '/docs-json')).body;
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
    // One issued task of so-noi-vu (no workflow in this stack: an allowed, in-scope command answers 409).
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const draft = await stack.call<{ id: string }>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number: `${uniqueName('MATRIX')}/UBND-NV`,
        date: new Date().toISOString().slice(0, 10),
        subject: 'Ma trận truy cập',
        issuerUnitId: 'ubnd-tinh',
        tasks: [
          { itemRef: '1', text: 'Rà soát', leadUnitIds: ['so-noi-vu'], deadline: { at: new Date(Date.now() + 86_400_000).toISOString() } },
        ],
      },
    });
    const issued = await stack.call<{ assignments: { taskId: string }[] }>('POST', `/v1/directives/${draft.body.id}/issue`, {
      token: issuer,
    });
    taskId = issued.body.assignments[0].taskId;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const concrete = (path: string) => path.replace('{id}', 'matrix-khong-co').replace('{rid}', 'r1');
  const call = (route: Route, token?: string) =>
    stack.call<Problem>(route.method, concrete(route.path), { token, ...(route.method === 'GET' ? {} : { body: {} }) });

  it('has exactly one policy row for every documented route, and no row for a route that does not exist', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes.filter((r) => !accessOf(r.method, r.path)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    const documented = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const stale = Object.keys(ACCESS_POLICY).filter((key) => !key.includes(' /v1/audit/') && !documented.has(key));
    expect(stale).toEqual([]);
  });

  it('answers 401 on every non-public route to no token, an expired one, a wrong signature, a wrong audience and a wrong issuer', async () => {
    const bad = await badTokens(stack.env.AUTH_JWT_SECRET);
    const leaks: string[] = [];
    for (const route of routes) {
      const access = accessOf(route.method, route.path);
      for (const [kind, token] of bad) {
        const { status, body } = await call(route, token);
        // A public route may answer 401 by itself (refresh without a session cookie), never by the guard's token check.
        const refusedByGuard = status === 401 && /mã xác thực/i.test(String(body?.message ?? ''));
        const expected = access === 'public' ? !refusedByGuard : status === 401;
        if (!expected) leaks.push(`${route.method} ${route.path} with ${kind}: ${status}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('answers 403 to every role the policy leaves out, and never a role refusal to a role it lets in', async () => {
    const leaks: string[] = [];
    for (const role of USER_ROLES) {
      const token = await stack.token(role, role === 'issuer' ? 'van-phong-ubnd-tinh' : role === 'leader' ? 'ubnd-tinh' : 'so-noi-vu');
      for (const route of routes) {
        const access = accessOf(route.method, route.path);
        if (access === 'public' || !access) continue;
        const { status, body } = await call(route, token);
        const refusedByRole = status === 403 && ROLE_REFUSAL.test(String(body?.message ?? ''));
        if (access.includes(role) ? status === 401 || refusedByRole : !refusedByRole)
          leaks.push(`${role} ${route.method} ${route.path}: ${status} ${body?.message ?? ''}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('confines unit roles to their unit and its sub-units on every task route: own and parent unit pass, another unit gets 403', async () => {
    const taskRoutes = routes.filter((r) => r.path.startsWith('/v1/tasks/{id}'));
    expect(taskRoutes.length).toBe(15);
    const leaks: string[] = [];
    for (const role of USER_ROLES) {
      // An issuer's "own" is the issuing organisation (the People's Committee's office), a unit role's the lead unit.
      const [own, other] = role === 'issuer' ? ['van-phong-ubnd-tinh', 'so-y-te'] : ['so-noi-vu', 'so-y-te'];
      // The People's Committee: so-noi-vu is its sub-unit, so its people reach the task too.
      const parent = 'ubnd-tinh';
      for (const unit of [own, parent, other]) {
        const token = await stack.token(role, unit);
        for (const route of taskRoutes) {
          const access = accessOf(route.method, route.path);
          if (!access || access === 'public' || !access.includes(role)) continue;
          const command = route.path.split('/').at(-1) ?? '';
          const path = route.path.replace('{id}', encodeURIComponent(taskId)).replace('{rid}', 'r1');
          const { status } = await stack.call(route.method, path, {
            token,
            ...(route.method === 'GET' ? {} : { body: VALID_BODY[command] ?? {} }),
          });
          // In scope: one's own; whole-organisation roles everywhere, but an issuer decides only for their organisation.
          const inScope =
            unit === own || unit === parent || (WHOLE_ORGANISATION.includes(role) && (role !== 'issuer' || route.method === 'GET'));
          const ok = inScope ? status !== 403 && status !== 401 : status === 403;
          if (!ok) leaks.push(`${role}@${unit} ${route.method} ${route.path}: ${status}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe('access matrix of the audit API (from its OpenAPI document and ACCESS_POLICY)', () => {
  let app: INestApplication;
  let base = '';
  let routes: Route[];

  beforeAll(async () => {
    const config = loadAuditConfig({
      MONGODB_URI: mongoUriFor(uniqueName('audit-matrix')),
      HTTP_PORT: String(await freePort()),
      ARCHIVE_SWEEP_MS: '0',
      AUTH_JWT_SECRET: AUDIT_SECRET,
    });
    app = await NestFactory.create(AuditModule.forRoot(config), { logger: ['error'] });
    setUpAuditApi(app, config);
    await app.listen(config.HTTP_PORT, config.HTTP_HOST);
    base = `http://${config.HTTP_HOST}:${config.HTTP_PORT}`;
    const doc = (await (await fetch(`${base}/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
  });
  afterAll(async () => {
    await app?.close();
  });

  const call = async (route: Route, token?: string) => {
    const res = await fetch(`${base}${route.path.replace(/\{[^}]+\}/g, 'matrix-khong-co')}`, {
      method: route.method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(route.method === 'GET' ? {} : { 'content-type': 'application/json' }),
      },
      body: route.method === 'GET' ? undefined : '{}',
    });
    const body = (await res.json().catch(() => ({}))) as Problem;
    return { status: res.status, message: String(body.message ?? '') };
  };

  it('has a row for every documented route; 401 to every bad token; 403 to every role but the auditor', async () => {
    expect(routes.length).toBe(8);
    expect(routes.filter((r) => !accessOf(r.method, r.path)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    const leaks: string[] = [];
    for (const route of routes) {
      for (const [kind, token] of await badTokens(AUDIT_SECRET)) {
        const { status } = await call(route, token);
        if (status !== 401) leaks.push(`${route.method} ${route.path} with ${kind}: ${status}`);
      }
      for (const role of USER_ROLES) {
        const access = accessOf(route.method, route.path);
        const { status, message } = await call(route, await tokenOf(AUDIT_SECRET, role, 'thanh-tra-tinh'));
        const refusedByRole = status === 403 && AUDIT_ROLE_REFUSAL.test(message);
        const allowed = access !== undefined && access !== 'public' && access.includes(role);
        if (allowed ? status === 401 || status === 403 : !refusedByRole)
          leaks.push(`${role} ${route.method} ${route.path}: ${status} ${message}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
