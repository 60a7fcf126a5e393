// The access matrix of the directive API, generated from its OpenAPI document: every route
// × every role, every route × every kind of bad token, and the task routes × own unit /
// other unit. Every expected answer comes from ACCESS_POLICY (@dondoc/auth), the table the
// guards read, plus the unit-scope rule; 0 leaks means no cell answers better than expected.
import { ACCESS_POLICY, accessOf } from '@dondoc/auth';
import { USER_ROLES, type UserRole } from '@dondoc/domain';
import { uniqueName } from '@dondoc/testing';
import { SignJWT } from 'jose';
import { DondocStack } from './support/dondoc-stack';

jest.setTimeout(300_000);

type Route = { method: string; path: string };
interface Problem {
  message?: string;
}

const ROLE_REFUSAL = /^Vai trò .+ không được phép/;
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
        tasks: [{ itemRef: '1', text: 'Rà soát', leadUnitIds: ['so-noi-vu'], deadline: { at: new Date(Date.now() + 86_400_000).toISOString() } }],
      },
    });
    const issued = await stack.call<{ assignments: { taskId: string }[] }>('POST', `/v1/directives/${draft.body.id}/issue`, { token: issuer });
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
    const sign = (over: { secret?: string; audience?: string; issuer?: string; exp?: string }) =>
      new SignJWT({ role: 'admin', unit: 'so-noi-vu' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('matrix.admin')
        .setIssuer(over.issuer ?? 'dondoc-local')
        .setAudience(over.audience ?? 'dondoc')
        .setIssuedAt()
        .setExpirationTime(over.exp ?? '1h')
        .sign(new TextEncoder().encode(over.secret ?? stack.env.AUTH_JWT_SECRET));
    const bad: [string, string | undefined][] = [
      ['no token', undefined],
      ['expired', await sign({ exp: '-1m' })],
      ['wrong signature', await sign({ secret: 'another-secret-of-at-least-16-chars' })],
      ['wrong audience', await sign({ audience: 'other-system' })],
      ['wrong issuer', await sign({ issuer: 'someone-else' })],
    ];
    const leaks: string[] = [];
    for (const route of routes) {
      const access = accessOf(route.method, route.path);
      for (const [kind, token] of bad) {
        const { status } = await call(route, token);
        const expected = access === 'public' ? status !== 401 : status === 401;
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
        if (access.includes(role) ? status === 401 || refusedByRole : !refusedByRole) leaks.push(`${role} ${route.method} ${route.path}: ${status} ${body?.message ?? ''}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('confines unit roles to their own unit on every task route: own unit passes the guards, another unit gets 403', async () => {
    const taskRoutes = routes.filter((r) => r.path.startsWith('/v1/tasks/{id}'));
    expect(taskRoutes.length).toBe(12);
    const leaks: string[] = [];
    for (const role of USER_ROLES) {
      // An issuer's "own" is the issuing organisation (the People's Committee's office), a unit role's the lead unit.
      const [own, other] = role === 'issuer' ? ['van-phong-ubnd-tinh', 'so-y-te'] : ['so-noi-vu', 'so-y-te'];
      for (const unit of [own, other]) {
        const token = await stack.token(role, unit);
        for (const route of taskRoutes) {
          const access = accessOf(route.method, route.path);
          if (!access || access === 'public' || !access.includes(role)) continue;
          const command = route.path.split('/').at(-1) ?? '';
          const path = route.path.replace('{id}', encodeURIComponent(taskId)).replace('{rid}', 'r1');
          const { status } = await stack.call(route.method, path, { token, ...(route.method === 'GET' ? {} : { body: VALID_BODY[command] ?? {} }) });
          // In scope: one's own; whole-organisation roles everywhere, but an issuer decides only for their organisation.
          const inScope = unit === own || (WHOLE_ORGANISATION.includes(role) && (role !== 'issuer' || route.method === 'GET'));
          const ok = inScope ? status !== 403 && status !== 401 : status === 403;
          if (!ok) leaks.push(`${role}@${unit} ${route.method} ${route.path}: ${status}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
