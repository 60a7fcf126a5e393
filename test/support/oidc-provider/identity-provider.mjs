// A real OpenID provider for the tests: panva's oidc-provider (OpenID-certified), on
// 127.0.0.1 on a free port, with one confidential client and the accounts given in
// OIDC_TEST_ACCOUNTS (JSON: [{ login, password, claims }]). Its own login form checks the
// password; consent is implied for the one first-party client, as Keycloak does for its own.
// RP-initiated logout (its end_session_endpoint) is on, with a confirmation page in
// Vietnamese, unless OIDC_TEST_RP_LOGOUT=off (a provider that offers none).
// ESM only (oidc-provider 9), so it runs as its own process: prints "issuer <url>" when ready.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const accounts = JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '[]');
const clientId = process.env.OIDC_TEST_CLIENT_ID ?? 'dondoc';
const clientSecret = process.env.OIDC_TEST_CLIENT_SECRET ?? 'dondoc-test-secret';
const redirectUris = (process.env.OIDC_TEST_REDIRECT_URIS ?? '').split(',').filter(Boolean);
const postLogoutRedirectUris = (process.env.OIDC_TEST_POST_LOGOUT_REDIRECT_URIS ?? '').split(',').filter(Boolean);
const rpInitiatedLogout = process.env.OIDC_TEST_RP_LOGOUT !== 'off';

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const loginForm = (
  uid,
  error,
) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>SSO tỉnh — đăng nhập</title></head><body>
<h1>Cổng đăng nhập một lần (SSO) của tỉnh</h1>${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
<label>Tên đăng nhập <input name="login" autocomplete="username"></label>
<label>Mật khẩu <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Đăng nhập SSO</button></form></body></html>`;

// The provider asks before it ends its session (oidc-provider always does); `form` carries its xsrf token.
const logoutSource = (ctx, form) => {
  ctx.body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>SSO tỉnh — đăng xuất</title></head><body>
<h1>Đăng xuất khỏi cổng SSO của tỉnh?</h1>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Đăng xuất SSO</button>
<button type="submit" form="op.logoutForm">Ở lại</button></body></html>`;
};

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: redirectUris,
      post_logout_redirect_uris: postLogoutRedirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: {
    keys: [
      {
        ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
        kid: 'test-1',
        use: 'sig',
        alg: 'RS256',
      },
    ],
  },
  cookies: { keys: ['oidc-test-cookie-key-0123456789'] },
  claims: { openid: ['sub'], profile: ['preferred_username', 'name'], email: ['email'], dondoc: ['dondoc_roles', 'dondoc_unit'] },
  scopes: ['openid', 'profile', 'email', 'dondoc'],
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: rpInitiatedLogout, logoutSource } },
  async findAccount(_ctx, id) {
    const account = accounts.find((a) => a.login === id);
    return account && { accountId: id, claims: () => ({ sub: id, ...account.claims }) };
  },
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email dondoc');
    await grant.save();
    return grant;
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
});

const readForm = (req) =>
  new Promise((resolve) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => resolve(new URLSearchParams(body)));
  });

const callback = provider.callback();
server.on('request', async (req, res) => {
  const match = /^\/interaction\/([^/?]+)(\/login)?/.exec(req.url ?? '');
  if (!match) return callback(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (!match[2]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginForm(details.uid));
      return;
    }
    const form = await readForm(req);
    const account = accounts.find((a) => a.login === form.get('login') && a.password === form.get('password'));
    if (!account) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginForm(details.uid, 'Sai tên đăng nhập hoặc mật khẩu SSO'));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: account.login } }, { mergeWithLastSubmission: false });
  } catch (e) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(String(e));
  }
});

console.log(`issuer ${issuer}`);
