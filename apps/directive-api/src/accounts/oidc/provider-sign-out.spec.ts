import { createServer } from 'node:net';
import type { ApiConfig } from '../../api.config';
import type { AccountService } from '../account.service';
import { loadOidcConfig } from './oidc.config';
import { OidcSignInService } from './oidc-sign-in.service';

/** A loopback port nobody listens on: taken, then released. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const serviceFor = (env: Record<string, string>) =>
  new OidcSignInService(loadOidcConfig(env), { AUTH_JWT_SECRET: 'x'.repeat(32) } as ApiConfig, {} as never, {} as AccountService);

describe("the provider's part of a sign-out", () => {
  it('is nothing when sign-in through a provider is not configured (a session kept from before)', async () => {
    expect(await serviceFor({}).providerSignOut('eyJ.a.b')).toBeUndefined();
  });

  it('falls back to dondoc’s own sign-out, said so, when the provider cannot be reached', async () => {
    const port = await closedPort();
    const service = serviceFor({
      OIDC_ISSUER_URL: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: 'dondoc',
      OIDC_CLIENT_SECRET: 'bi-mat',
      OIDC_REDIRECT_URL: 'http://127.0.0.1:8080/v1/auth/oidc/callback',
      OIDC_PROVIDER_NAME: 'SSO tỉnh',
    });
    expect(await service.providerSignOut('eyJ.a.b')).toEqual({
      providerName: 'SSO tỉnh',
      endSessionUrl: null,
      reason: 'provider-unreachable',
    });
  });
});
