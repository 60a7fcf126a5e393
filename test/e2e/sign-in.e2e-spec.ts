// Sign-in for people against a real directive API process and store: demo accounts of the
// seeded directory, the session as the APIs' own JWT renewed by a rotating httpOnly refresh
// cookie, sign-out revoking it, lock-out (423) and throttling (429) in Vietnamese and English.
import mongoose from 'mongoose';
import { DondocStack } from './support/dondoc-stack';

jest.setTimeout(240_000);

const PASSWORD = 'mat-khau-demo-e2e';
const HEAD = 'so-noi-vu.giamdoc';

interface Answer {
  status: number;
  body: {
    accessToken?: string;
    expiresIn?: number;
    user?: { userId: string; role: string; unitId: string; name: string };
    message?: string;
    problems?: string[];
  };
  cookie?: string;
  headers: Headers;
}

describe('sign-in for people', () => {
  let stack: DondocStack;

  const post = async (path: string, options: { body?: unknown; cookie?: string; from?: string } = {}): Promise<Answer> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.cookie) headers.cookie = options.cookie;
    if (options.from) headers['x-forwarded-for'] = options.from;
    const res = await fetch(`${stack.baseUrl}${path}`, {
      method: 'POST',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await res.text();
    const setCookie = res.headers.get('set-cookie') ?? undefined;
    return { status: res.status, body: text ? JSON.parse(text) : {}, cookie: setCookie?.split(';')[0], headers: res.headers };
  };
  const signIn = (userId: string, password: string, from = '10.9.0.1') => post('/v1/auth/sign-in', { body: { userId, password }, from });
  const tasksWith = (token: string) =>
    fetch(`${stack.baseUrl}/v1/tasks`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-sign-in', ['directive-api'], {
      AUTH_DEMO_PASSWORD: PASSWORD,
      AUTH_ACCESS_TTL_SECONDS: '3',
      AUTH_LOCKOUT_FAILURES: '3',
      AUTH_THROTTLE_FAILURES: '4',
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('stores only a scrypt hash of each demo account password', async () => {
    const c = await mongoose.createConnection(stack.env.MONGODB_URI).asPromise();
    try {
      const rows = await c.collection('accounts').find({}).toArray();
      expect(rows.length).toBe(77);
      expect(rows.every((r) => /^scrypt\$15\$8\$1\$/.test(String(r.passwordHash)) && !String(r.passwordHash).includes(PASSWORD))).toBe(
        true,
      );
    } finally {
      await c.close();
    }
  });

  it('signs a unit head in with the JWT the APIs accept, renews it by the refresh cookie without the password, and signs out', async () => {
    const signed = await signIn(HEAD, PASSWORD);
    expect(signed.status).toBe(200);
    expect(signed.body.user).toMatchObject({ userId: HEAD, role: 'unit-head', unitId: 'so-noi-vu', name: 'Võ Đức Khánh' });
    expect(signed.body.expiresIn).toBe(3);
    expect(signed.headers.get('set-cookie')).toMatch(/^dondoc_refresh=[\w-]+; Path=\/v1\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    expect(JSON.stringify(signed.body)).not.toContain(String(signed.cookie).split('=')[1]); // the refresh token only in the cookie
    const token = String(signed.body.accessToken);
    expect(await tasksWith(token)).toBe(200);
    const me = await fetch(`${stack.baseUrl}/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json());
    expect(me).toMatchObject({ userId: HEAD, title: 'Giám đốc Sở Nội vụ' });

    // Short-lived: the JWT expires; the refresh cookie gets a new one without asking again.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(await tasksWith(token)).toBe(401);
    const renewed = await post('/v1/auth/refresh', { cookie: signed.cookie });
    expect(renewed.status).toBe(200);
    expect(renewed.cookie).not.toBe(signed.cookie);
    expect(await tasksWith(String(renewed.body.accessToken))).toBe(200);

    // Rotation: the spent cookie is refused, and its reuse revokes the whole session.
    const replay = await post('/v1/auth/refresh', { cookie: signed.cookie });
    expect(replay.status).toBe(401);
    expect(replay.body.message).toMatch(/thu hồi.*\(refresh token reused/);
    expect((await post('/v1/auth/refresh', { cookie: renewed.cookie })).status).toBe(401);

    // Sign-out revokes: the cookie no longer renews.
    const again = await signIn(HEAD, PASSWORD);
    const out = await post('/v1/auth/sign-out', { cookie: again.cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^dondoc_refresh=; Path=\/v1\/auth; Max-Age=0/);
    const after = await post('/v1/auth/refresh', { cookie: again.cookie });
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/đăng xuất.*\(the session was signed out/);
    expect((await post('/v1/auth/refresh', {})).status).toBe(401);
  });

  it('answers bad input with 400 naming the fields, in Vietnamese and English', async () => {
    const bad = await post('/v1/auth/sign-in', { body: { userId: '', extra: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.problems?.join(' ')).toMatch(/userId.*Nhập tên đăng nhập \(user id required\)/);
    expect(bad.body.problems?.join(' ')).toMatch(/password.*Nhập mật khẩu \(password required\)/);
  });

  it('locks an account after repeated wrong passwords (423), even for the right password, and says the same for unknown users', async () => {
    const user = 'so-tu-phap.giamdoc';
    const first = await signIn(user, 'sai-mat-khau', '10.9.0.2');
    expect(first.status).toBe(401);
    expect(first.body.message).toBe(
      'Sai tên đăng nhập hoặc mật khẩu; còn 2 lần thử trước khi tài khoản bị tạm khoá (wrong user id or password; 2 attempt(s) left before the account is locked)',
    );
    expect((await signIn(user, 'sai-mat-khau', '10.9.0.3')).status).toBe(401);
    const locked = await signIn(user, 'sai-mat-khau', '10.9.0.4');
    expect(locked.status).toBe(423);
    expect(locked.body.message).toMatch(
      /^Tài khoản tạm khoá do nhập sai mật khẩu nhiều lần, đến .+ \(account locked after repeated wrong passwords, until .+\)$/,
    );
    expect((await signIn(user, PASSWORD, '10.9.0.5')).status).toBe(423);
    const unknown = await signIn('khong-co-ai', PASSWORD, '10.9.0.6');
    expect(unknown.status).toBe(401);
    expect(unknown.body.message).toBe('Sai tên đăng nhập hoặc mật khẩu (wrong user id or password)');
  });

  it('throttles a client address after repeated failures (429 with Retry-After), while other addresses still sign in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await signIn(`nguoi-la-${i}`, 'doan-mo', '10.9.0.9')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const throttled = await signIn(HEAD, PASSWORD, '10.9.0.9');
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(throttled.body.message).toMatch(
      /^Quá nhiều lần đăng nhập sai từ máy này; vui lòng thử lại sau \d+ giây \(too many failed sign-ins from this address; retry in \d+ s\)$/,
    );
    expect((await signIn(HEAD, PASSWORD, '10.9.0.10')).status).toBe(200);
  });
});
