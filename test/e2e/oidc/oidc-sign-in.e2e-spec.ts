// Sign-in through an identity provider, checked against a REAL OpenID provider (panva's
// oidc-provider, OpenID-certified) started by the test as its own process, and a real
// directive API process: the full authorization code flow (dondoc's redirect, the
// provider's login form, the callback), the session that follows (the JWT the APIs accept,
// renewal, sign-out at dondoc and at the provider: RP-initiated logout), and each refusal as
// a page in Vietnamese and English.
import { freePort, startTestIdentityProvider, type TestIdentityProvider } from '@dondoc/testing';
import { DondocStack } from '../support/dondoc-stack';
import { ServiceProcess } from '../support/service-process';
import { CookieJar, follow, signInAtProvider, signOutAtProvider, visit } from './oidc-code-flow';

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
      postLogoutRedirectUris: [`${api}/sign-in`],
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

    // Sign-out revokes the session (the cookie renews no more) and, the session having come
    // from the provider, hands the browser to the provider's end-session endpoint.
    const cookie = jar.header(api);
    const out = await visit(jar, `${api}/v1/auth/sign-out`, { method: 'POST' });
    expect(out.status).toBe(200);
    const { providerSignOut } = (await out.json()) as { providerSignOut: { providerName: string; endSessionUrl: string } };
    expect(providerSignOut.providerName).toBe('SSO tỉnh Thừa Thiên Huế');
    const discovery = (await fetch(`${idp.issuer}/.well-known/openid-configuration`).then((r) => r.json())) as {
      end_session_endpoint: string;
    };
    const endSession = new URL(providerSignOut.endSessionUrl);
    expect(`${endSession.origin}${endSession.pathname}`).toBe(discovery.end_session_endpoint);
    expect(Object.fromEntries(endSession.searchParams)).toMatchObject({ client_id: 'dondoc', post_logout_redirect_uri: `${api}/sign-in` });
    const hint = JSON.parse(Buffer.from(String(endSession.searchParams.get('id_token_hint')).split('.')[1], 'base64url').toString());
    expect(hint).toMatchObject({ iss: idp.issuer, aud: 'dondoc', sub: 'khanh.vd' });
    const after = await fetch(`${api}/v1/auth/refresh`, { method: 'POST', headers: { cookie } });
    expect(after.status).toBe(401);

    // The provider asks, the person confirms, and the browser comes back to dondoc's sign-in page.
    expect(await signOutAtProvider(jar, endSession.href)).toBe(`${api}/sign-in`);

    // Signed out at the provider too: "sign in through …" asks for the password again
    // instead of passing straight through to dondoc's callback.
    const again = await follow(jar, `${api}/v1/auth/oidc/start`, callback);
    expect(again.res?.status).toBe(200);
    expect(await again.res?.text()).toContain('Đăng nhập SSO');
    expect(again.url.startsWith(`${idp.issuer}/interaction/`)).toBe(true);
  });

  it('signs out of dondoc only, and says so, when the provider offers no end-session endpoint', async () => {
    const port = await freePort();
    const other = `http://127.0.0.1:${port}`;
    const otherCallback = `${other}/v1/auth/oidc/callback`;
    const plain = await startTestIdentityProvider({
      redirectUris: [otherCallback],
      rpInitiatedLogout: false,
      accounts: [{ login: 'khanh.vd', password: 'sso-pass-1', claims: { preferred_username: HEAD } }],
    });
    const proc = new ServiceProcess('directive-api', {
      ...stack.env,
      HTTP_PORT: String(port),
      PUBLIC_BASE_URL: other,
      OIDC_ISSUER_URL: plain.issuer,
      OIDC_REDIRECT_URL: otherCallback,
      OIDC_PROVIDER_NAME: 'SSO cũ',
    });
    try {
      proc.start();
      await proc.waitForLog(/Nest application successfully started/, 120_000);
      const discovery = (await fetch(`${plain.issuer}/.well-known/openid-configuration`).then((r) => r.json())) as Record<string, unknown>;
      expect(discovery.end_session_endpoint).toBeUndefined();

      const jar = new CookieJar();
      const start = await visit(jar, `${other}/v1/auth/oidc/start`);
      expect(
        (await visit(jar, await signInAtProvider(jar, String(start.headers.get('location')), otherCallback, 'khanh.vd', 'sso-pass-1')))
          .status,
      ).toBe(303);
      const cookie = jar.header(other);
      const out = await visit(jar, `${other}/v1/auth/sign-out`, { method: 'POST' });
      expect(out.status).toBe(200);
      expect(await out.json()).toEqual({
        providerSignOut: { providerName: 'SSO cũ', endSessionUrl: null, reason: 'no-end-session-endpoint' },
      });
      expect((await fetch(`${other}/v1/auth/refresh`, { method: 'POST', headers: { cookie } })).status).toBe(401);
    } finally {
      await proc.stop();
      await plain.stop();
    }
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
