import type * as OpenIdClient from 'openid-client';

export type { OpenIdClient };

let loaded: typeof OpenIdClient | undefined;

/**
 * panva's openid-client (OpenID-certified) is an ES module; Node 24 `require`s it, but
 * jest's own module loader cannot, so it is loaded through Node's real `require` in both.
 */
export function openIdClient(): typeof OpenIdClient {
  if (!loaded) {
    const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
    loaded = createRequire(__filename)('openid-client') as typeof OpenIdClient;
  }
  return loaded;
}
