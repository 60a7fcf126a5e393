// Sign-in through an identity provider, checked against a REAL OpenID provider (panva's
// oidc-provider, OpenID-certified) started by the test as its own process, and a real
// directive API process: the full authorization code flow (dondoc's redirect, the
// provider's login form, the callback), the session that follows (the JWT the APIs accept,
// renewal, sign-out), and each refusal as a page in Vietnamese and English.
import { freePort, startTestIdentityProvider, type TestIdentityProvider } from '@dondoc/testing';
import { DondocStack } from '../support/dondoc-stack';
import { ServiceProcess } from '../support/service-process';
import { CookieJar, signInAtProvider, visit } from './oidc-code-flow';

jest.setTimeout(240_000);

const HEAD = 'so-noi-vu.giamdoc';

describe('sign-in through an OpenID provider', () => {
  let idp: TestIdentityProvider;
  let stack: DondocStack;
  let api = '';
  let callback = '';

  beforeAll(async () => {
    const port = await freePort();
    api = `http://127.0.0.1:${port}`;
    callback = `${api}/v1/auth/oidc/callback`;
    idp = await startTestIdentityProvider({
      redirectUris: [callback],
      accounts: [
        {
          login: 'khanh.vd',
          password: 'sso-pass-1',
          claims: { preferred_username: HEAD, name: 'Võ Đức Khánh', email: 'so-noi-vu.giamdoc@example.gov.vn' },
        },
        { login: 'nguoi.ngoai', password: 'sso-pass-2', claims: { preferred_username: 'nguoi-ngoai.khong-co', name: 'Người Ngoài' } },
      ],
    });
    stack = await DondocStack.start('e2e-oidc', ['directive-api'], {
      HTTP_PORT: String(port),
      PUBLIC_BASE_URL: api,
      OIDC_ISSUER_URL: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_REDIRECT_URL: callback,
      OIDC_PROVIDER_NAME: 'SSO tỉnh Thừa Thiên Huế',
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await idp?.stop();
  });

  it("says it is configured, for the web page's button", async () => {
    const status = await fetch(`${api}/v1/auth/oidc`).then((r) => r.json());
    expect(status).toEqual({ enabled: true, providerName: 'SSO tỉnh Thừa Thiên Huế', startUrl: '/v1/auth/oidc/start' });
  });

  it("signs a person in through the provider's login form into the same session as a password sign-in", async () => {
    const jar = new CookieJar();
    const start = await visit(jar, `${api}/v1/auth/oidc/start?returnTo=/todo`);
    expect(start.status).toBe(302);
    const authorize = new URL(String(start.headers.get('location')));
    expect(authorize.origin).toBe(idp.issuer);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: 'dondoc',
      response_type: 'code',
      redirect_uri: callback,
      code_challenge_method: 'S256',
      scope: 'openid profile email',
    });
    for (const p of ['state', 'nonce', 'code_challenge']) expect(authorize.searchParams.get(p)).toMatch(/^[\w-]{20,}$/);
    expect(start.headers.get('set-cookie')).toMatch(/^dondoc_oidc=[\w.-]+; Path=\/v1\/auth\/oidc; Max-Age=600; HttpOnly; SameSite=Lax$/);

    const back = await signInAtProvider(jar, authorize.href, callback, 'khanh.vd', 'sso-pass-1');
    expect(new URL(back).searchParams.get('code')).toBeTruthy();
    const landed = await visit(jar, back);
    expect(landed.status).toBe(303);
    expect(landed.headers.get('location')).toBe(`${api}/todo`);
    expect(jar.get(api, 'dondoc_oidc')).toBeUndefined();
    expect(jar.get(api, 'dondoc_refresh')).toBeTruthy();

    // The web app gets its JWT as after a password sign-in: from the refresh cookie.
    const refreshed = await visit(jar, `${api}/v1/auth/refresh`, { method: 'POST' });
    expect(refreshed.status).toBe(200);
    const grant = (await refreshed.json()) as { accessToken: string; user: { userId: string; role: string; unitId: string } };
    expect(grant.user).toMatchObject({ userId: HEAD, role: 'unit-head', unitId: 'so-noi-vu' });
    const tasks = await fetch(`${api}/v1/tasks`, { headers: { authorization: `Bearer ${grant.accessToken}` } });
    expect(tasks.status).toBe(200);
    const me = await fetch(`${api}/v1/auth/me`, { headers: { authorization: `Bearer ${grant.accessToken}` } }).then((r) => r.json());
    expect(me).toMatchObject({ userId: HEAD, title: 'Giám đốc Sở Nội vụ' });

    // Sign-out revokes the session: the cookie renews no more.
    const cookie = jar.header(api);
    expect((await visit(jar, `${api}/v1/auth/sign-out`, { method: 'POST' })).status).toBe(204);
    const after = await fetch(`${api}/v1/auth/refresh`, { method: 'POST', headers: { cookie } });
    expect(after.status).toBe(401);
  });

  it('answers a forged or stale answer with 400, and a callback without a started sign-in with 400', async () => {
    const jar = new CookieJar();
    const start = await visit(jar, `${api}/v1/auth/oidc/start`);
    const back = await signInAtProvider(jar, String(start.headers.get('location')), callback, 'khanh.vd', 'sso-pass-1');
    const forged = new URL(back);
    forged.searchParams.set('state', 'trang-thai-gia-mao');
    const wrongState = await visit(jar, forged.href);
    expect(wrongState.status).toBe(400);
    expect(wrongState.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await wrongState.text();
    expect(page).toContain('Tham số state không khớp với lượt đăng nhập đã bắt đầu');
    expect(page).toContain('the state parameter does not match');
    expect(jar.get(api, 'dondoc_refresh')).toBeUndefined();

    const stranger = await fetch(back, { redirect: 'manual' });
    expect(stranger.status).toBe(400);
    expect(await stranger.text()).toContain('không được bắt đầu từ trình duyệt này');
  });

  it("refuses with 403 a person the provider knows but dondoc's directory does not", async () => {
    const jar = new CookieJar();
    const start = await visit(jar, `${api}/v1/auth/oidc/start`);
    const back = await signInAtProvider(jar, String(start.headers.get('location')), callback, 'nguoi.ngoai', 'sso-pass-2');
    const refused = await visit(jar, back);
    expect(refused.status).toBe(403);
    const page = await refused.text();
    expect(page).toContain(
      'Tài khoản &quot;nguoi-ngoai.khong-co&quot; đã đăng nhập ở nhà cung cấp định danh nhưng chưa có trong danh bạ người dùng dondoc',
    );
    expect(page).toContain('is not a dondoc user');
    expect(jar.get(api, 'dondoc_refresh')).toBeUndefined();
  });

  it('stops at boot on a bad configuration, naming each variable in Vietnamese and English', async () => {
    const { OIDC_CLIENT_ID: _id, OIDC_CLIENT_SECRET: _secret, ...env } = stack.env;
    const proc = new ServiceProcess('directive-api', {
      ...env,
      HTTP_PORT: String(await freePort()),
      OIDC_ISSUER_URL: 'http://sso.example.gov.vn/realms/hue',
      OIDC_REDIRECT_URL: 'https://dondoc.example.gov.vn/v1/auth/callback',
      OIDC_SCOPES: 'profile email',
    });
    proc.start();
    await expect(proc.waitForLog(/never logged/, 60_000)).rejects.toThrow(/exited/);
    expect(proc.log).toContain('cannot start: Invalid configuration');
    expect(proc.log).toContain('OIDC_CLIENT_ID: cần khai báo khi bật đăng nhập OIDC (required when OIDC_ISSUER_URL is set)');
    expect(proc.log).toContain('OIDC_CLIENT_SECRET: cần khai báo với client_secret_basic');
    expect(proc.log).toContain(
      "OIDC_ISSUER_URL: cần https, trừ địa chỉ 127.0.0.1/localhost (https required except on loopback) (got 'http://sso.example.gov.vn/realms/hue')",
    );
    expect(proc.log).toContain('OIDC_REDIRECT_URL: phải kết thúc bằng /v1/auth/oidc/callback');
    expect(proc.log).toContain("OIDC_SCOPES: phải có 'openid' (must include 'openid')");
  });
});
