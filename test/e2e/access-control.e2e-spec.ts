// Every route of the directive API against a real process: 401 without a valid token,
// 403 for a wrong role or a foreign unit, 400 naming each bad field, 404 for unknown ids.
import { uniqueName } from '@dondoc/testing';
import { SignJWT } from 'jose';
import { DondocStack } from './support/dondoc-stack';

jest.setTimeout(180_000);

interface Problem {
  statusCode: number;
  message: string;
  problems?: string[];
}

const COMMANDS: { path: string; body: unknown; bad: unknown; badField: string; unit: boolean }[] = [
  { path: 'acknowledge', body: { note: 'ok' }, bad: { note: 5 }, badField: 'note', unit: true },
  { path: 'refuse', body: { reason: 'Không thuộc chức năng' }, bad: { reason: '' }, badField: 'reason', unit: true },
  { path: 'progress', body: { percent: 50, note: 'Đang làm' }, bad: { percent: 150, note: 'x' }, badField: 'percent', unit: true },
  {
    path: 'extension-requests',
    body: { newDueAt: '2030-01-01T00:00:00+07:00', reason: 'Cần thêm thời gian' },
    bad: { newDueAt: 'mai', reason: 'x' },
    badField: 'newDueAt',
    unit: true,
  },
  { path: 'extension-requests/r1/decision', body: { approve: true }, bad: { approve: 'yes' }, badField: 'approve', unit: false },
  { path: 'submit', body: { summary: 'Đã xong' }, bad: {}, badField: 'summary', unit: true },
  { path: 'approve', body: {}, bad: { note: ['x'] }, badField: 'note', unit: false },
  { path: 'return', body: { reason: 'Chưa đạt' }, bad: { reason: 'x', newDueAt: 'soon' }, badField: 'newDueAt', unit: false },
  { path: 'reassign', body: { toUnitId: 'so-y-te' }, bad: { toUnitId: '' }, badField: 'toUnitId', unit: false },
  { path: 'pause', body: { reason: 'Chờ ý kiến' }, bad: { because: 'x' }, badField: 'reason', unit: false },
  { path: 'resume', body: {}, bad: { extra: true }, badField: 'extra', unit: false },
];

describe('directive API access control and validation', () => {
  let stack: DondocStack;
  let directiveId: string;
  let taskId: string;
  let routes: { method: string; path: string; body?: unknown }[];

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-acl', ['directive-api']);
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const draft = await stack.call<{ id: string }>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number: `${uniqueName('ACL')}/UBND-NV`,
        date: '2022-01-25',
        subject: 'Kiểm tra phân quyền',
        issuerUnitId: 'ubnd-tinh',
        tasks: [{ itemRef: '1', text: 'Nhiệm vụ', leadUnitIds: ['so-noi-vu'], deadline: { workingDays: 10 } }],
      },
    });
    expect(draft.status).toBe(201);
    directiveId = draft.body.id;
    const issued = await stack.call<{ assignments: { taskId: string }[] }>('POST', `/v1/directives/${directiveId}/issue`, {
      token: issuer,
    });
    expect(issued.status).toBe(200);
    taskId = encodeURIComponent(issued.body.assignments[0].taskId);
    routes = [
      { method: 'GET', path: '/v1/org-units' },
      { method: 'POST', path: '/v1/directives', body: {} },
      { method: 'POST', path: `/v1/directives/${directiveId}/issue` },
      { method: 'POST', path: `/v1/directives/${directiveId}/withdraw`, body: { reason: 'x' } },
      { method: 'GET', path: `/v1/directives/${directiveId}` },
      { method: 'GET', path: '/v1/directives' },
      { method: 'GET', path: '/v1/tasks' },
      { method: 'GET', path: `/v1/tasks/${taskId}` },
      ...COMMANDS.map((c) => ({ method: 'POST', path: `/v1/tasks/${taskId}/${c.path}`, body: c.body })),
      { method: 'GET', path: '/v1/inbox' },
      { method: 'GET', path: '/v1/inbox/unread-count' },
      { method: 'GET', path: '/v1/evaluations?period=2022-02' },
    ];
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers 401 on every route without a valid token', async () => {
    const forged = await stack.token('admin', 'ubnd-tinh', 'mallory', 'a-different-secret-0123456789abcdef');
    const expired = await new SignJWT({ role: 'admin', unit: 'ubnd-tinh' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('dondoc-local')
      .setAudience('dondoc')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(stack.env.AUTH_JWT_SECRET));
    const badRole = await new SignJWT({ role: 'superuser', unit: 'ubnd-tinh' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('dondoc-local')
      .setAudience('dondoc')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(stack.env.AUTH_JWT_SECRET));
    for (const route of routes) {
      for (const token of [undefined, 'not-a-jwt', forged, expired, badRole]) {
        const res = await stack.call<Problem>(route.method, route.path, { token, body: route.body });
        expect({ route: `${route.method} ${route.path}`, status: res.status }).toEqual({
          route: `${route.method} ${route.path}`,
          status: 401,
        });
      }
    }
    // Health and the API docs stay open.
    expect((await stack.call('GET', '/health')).status).toBe(200);
    expect((await stack.call('GET', '/docs-json')).status).toBe(200);
  });

  it('answers 403 to auditors on every write, and to roles a route does not admit', async () => {
    const auditor = await stack.token('auditor', 'thanh-tra-tinh');
    for (const route of routes.filter((r) => r.method === 'POST')) {
      expect({
        route: route.path,
        status: (await stack.call(route.method, route.path, { token: auditor, body: route.body })).status,
      }).toEqual({ route: route.path, status: 403 });
    }
    for (const route of routes.filter((r) => r.method === 'GET')) {
      expect({ route: route.path, status: (await stack.call(route.method, route.path, { token: auditor })).status }).toEqual({
        route: route.path,
        status: 200,
      });
    }
    const assignee = await stack.token('assignee', 'so-noi-vu');
    expect((await stack.call('POST', '/v1/directives', { token: assignee, body: {} })).status).toBe(403);
    for (const c of COMMANDS.filter((x) => !x.unit)) {
      expect((await stack.call('POST', `/v1/tasks/${taskId}/${c.path}`, { token: assignee, body: c.body })).status).toBe(403);
    }
    const leader = await stack.token('leader', 'ubnd-tinh');
    for (const c of COMMANDS.filter((x) => x.unit)) {
      expect((await stack.call('POST', `/v1/tasks/${taskId}/${c.path}`, { token: leader, body: c.body })).status).toBe(403);
    }
  });

  it('answers 403 outside the caller unit or organisation', async () => {
    const foreign = await stack.token('unit-head', 'so-y-te');
    for (const c of COMMANDS.filter((x) => x.unit)) {
      const res = await stack.call<Problem>('POST', `/v1/tasks/${taskId}/${c.path}`, { token: foreign, body: c.body });
      expect({ path: c.path, status: res.status }).toEqual({ path: c.path, status: 403 });
    }
    expect((await stack.call('GET', `/v1/tasks/${taskId}`, { token: foreign })).status).toBe(403);
    expect((await stack.call('GET', '/v1/tasks?unitId=so-noi-vu', { token: foreign })).status).toBe(403);
    expect((await stack.call('GET', '/v1/evaluations?unitId=so-noi-vu&period=2022-02', { token: foreign })).status).toBe(403);
    expect((await stack.call('GET', `/v1/directives/${directiveId}`, { token: foreign })).status).toBe(403);
    // An issuer of a department cannot issue for the provincial People's Committee.
    const otherIssuer = await stack.token('issuer', 'so-noi-vu');
    expect((await stack.call('POST', `/v1/directives/${directiveId}/withdraw`, { token: otherIssuer, body: { reason: 'x' } })).status).toBe(
      403,
    );
    // The unit's own head passes the scope check (the task has no workflow here: 409, still starting).
    const own = await stack.token('unit-head', 'so-noi-vu');
    expect((await stack.call('GET', `/v1/tasks/${taskId}`, { token: own })).status).toBe(200);
    const starting = await stack.call('POST', `/v1/tasks/${taskId}/acknowledge`, { token: own, body: {} });
    expect(starting.status).toBe(409);
    expect(starting.headers.get('retry-after')).toBe('3');
  });

  it('answers 400 naming each bad field, on bodies, queries and malformed JSON', async () => {
    const admin = await stack.token('admin', 'so-thong-tin-truyen-thong');
    const draft = await stack.call<Problem>('POST', '/v1/directives', {
      token: admin,
      body: {
        number: '',
        date: '25/01/2022',
        issuerUnitId: 'ubnd-tinh',
        tasks: [{ itemRef: '1', text: 'x', leadUnitIds: [], deadline: { at: 'tomorrow' } }],
        extra: 1,
      },
    });
    expect(draft.status).toBe(400);
    const fields = (draft.body.problems ?? []).join('\n');
    for (const f of ['number', 'date', 'subject', 'tasks.0.leadUnitIds', 'tasks.0.deadline']) expect(fields).toContain(f);
    const unknownUnit = await stack.call<Problem>('POST', '/v1/directives', {
      token: admin,
      body: {
        number: uniqueName('U'),
        date: '2022-01-25',
        subject: 's',
        issuerUnitId: 'ubnd-tinh',
        tasks: [{ itemRef: '1', text: 'x', leadUnitIds: ['so-khong-co'] }],
      },
    });
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.problems).toEqual(["tasks.0.leadUnitIds.0: không có đơn vị 'so-khong-co' (unknown unit 'so-khong-co')"]);
    for (const c of COMMANDS) {
      const res = await stack.call<Problem>('POST', `/v1/tasks/${taskId}/${c.path}`, { token: admin, body: c.bad });
      expect({ path: c.path, status: res.status }).toEqual({ path: c.path, status: 400 });
      expect((res.body.problems ?? []).join('\n')).toContain(c.badField);
    }
    const malformed = await stack.call<Problem>('POST', `/v1/directives/${directiveId}/withdraw`, { token: admin, rawBody: '{"reason":' });
    expect(malformed.status).toBe(400);
    expect((await stack.call<Problem>('GET', '/v1/tasks?status=exploded', { token: admin })).body.problems?.join()).toContain('status');
    expect((await stack.call<Problem>('GET', '/v1/evaluations?period=2022-13', { token: admin })).status).toBe(400);
  });

  it('answers 404 for unknown ids and 409 for a transition the state forbids', async () => {
    const admin = await stack.token('admin', 'so-thong-tin-truyen-thong');
    expect((await stack.call('GET', '/v1/directives/khong-co-2022-01-01', { token: admin })).status).toBe(404);
    expect((await stack.call('POST', '/v1/directives/khong-co-2022-01-01/issue', { token: admin })).status).toBe(404);
    expect((await stack.call('GET', '/v1/tasks/khong-co', { token: admin })).status).toBe(404);
    expect((await stack.call('POST', '/v1/tasks/khong-co/acknowledge', { token: admin, body: {} })).status).toBe(404);
    const again = await stack.call<Problem>('POST', `/v1/directives/${directiveId}/issue`, { token: admin });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('không thể ban hành');
  });
});
