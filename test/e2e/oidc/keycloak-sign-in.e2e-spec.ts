// The same code flow against a real Keycloak, when one is given (Keycloak needs Java 21+ and
// is not started by `npm test`): OIDC_KEYCLOAK_ISSUER_URL=https://<host>/realms/<realm> with
// OIDC_KEYCLOAK_CLIENT_ID, OIDC_KEYCLOAK_CLIENT_SECRET, OIDC_KEYCLOAK_API_PORT (the client's
// redirect URI is http://127.0.0.1:<port>/v1/auth/oidc/callback), OIDC_KEYCLOAK_USER (a
// directory userId as Keycloak username) and OIDC_KEYCLOAK_PASSWORD. Without them it is skipped.
import { DondocStack } from '../support/dondoc-stack';
import { CookieJar, signInAtProvider, visit } from './oidc-code-flow';

jest.setTimeout(240_000);

const kc = {
  issuer: process.env.OIDC_KEYCLOAK_ISSUER_URL ?? '',
  clientId: process.env.OIDC_KEYCLOAK_CLIENT_ID ?? 'dondoc',
  secret: process.env.OIDC_KEYCLOAK_CLIENT_SECRET ?? '',
  port: process.env.OIDC_KEYCLOAK_API_PORT ?? '',
  user: process.env.OIDC_KEYCLOAK_USER ?? '',
  password: process.env.OIDC_KEYCLOAK_PASSWORD ?? '',
};

(kc.issuer ? describe : describe.skip)('sign-in through a real Keycloak (opt-in)', () => {
  let stack: DondocStack;
  const api = `http://127.0.0.1:${kc.port}`;
  const callback = `${api}/v1/auth/oidc/callback`;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-keycloak', ['directive-api'], {
      HTTP_PORT: kc.port,
      PUBLIC_BASE_URL: api,
      OIDC_ISSUER_URL: kc.issuer,
      OIDC_CLIENT_ID: kc.clientId,
      OIDC_CLIENT_SECRET: kc.secret,
      OIDC_REDIRECT_URL: callback,
      OIDC_PROVIDER_NAME: 'Keycloak',
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("signs a directory user in through Keycloak's login form to a JWT the APIs accept", async () => {
    const jar = new CookieJar();
    const start = await visit(jar, `${api}/v1/auth/oidc/start`);
    expect(start.status).toBe(302);
    const back = await signInAtProvider(jar, String(start.headers.get('location')), callback, kc.user, kc.password, {
      login: 'username',
      password: 'password',
    });
    const landed = await visit(jar, back);
    expect(landed.status).toBe(303);
    const grant = (await (await visit(jar, `${api}/v1/auth/refresh`, { method: 'POST' })).json()) as {
      accessToken: string;
      user: { userId: string };
    };
    expect(grant.user.userId).toBe(kc.user);
    expect((await fetch(`${api}/v1/tasks`, { headers: { authorization: `Bearer ${grant.accessToken}` } })).status).toBe(200);
  });
});
