import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export interface TestAccount {
  login: string;
  password: string;
  claims: Record<string, unknown>;
}

/** The test OpenID provider (identity-provider.mjs) as its own process, and how to stop it. */
export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

export async function startTestIdentityProvider(options: {
  redirectUris: string[];
  accounts: TestAccount[];
  /** Where the provider may send the browser after its sign-out (RP-initiated logout). */
  postLogoutRedirectUris?: string[];
  /** false: a provider without RP-initiated logout (no end_session_endpoint in its discovery). */
  rpInitiatedLogout?: boolean;
}): Promise<TestIdentityProvider> {
  const clientId = 'dondoc';
  const clientSecret = 'dondoc-test-secret-0123456789';
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'identity-provider.mjs')], {
    env: {
      ...process.env,
      OIDC_TEST_ACCOUNTS: JSON.stringify(options.accounts),
      OIDC_TEST_CLIENT_ID: clientId,
      OIDC_TEST_CLIENT_SECRET: clientSecret,
      OIDC_TEST_REDIRECT_URIS: options.redirectUris.join(','),
      OIDC_TEST_POST_LOGOUT_REDIRECT_URIS: (options.postLogoutRedirectUris ?? []).join(','),
      OIDC_TEST_RP_LOGOUT: options.rpInitiatedLogout === false ? 'off' : 'on',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the test identity provider did not start:\n${output}`)), 30_000);
    const read = (d: Buffer) => {
      output += d.toString();
      const m = /issuer (\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => reject(new Error(`the test identity provider exited (${code}):\n${output}`)));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
