import { Logger } from '@nestjs/common';
import { claimAt, neededClaims, type Claims } from './oidc-claims';
import type { EnabledOidcConfig } from './oidc.config';
import { oidcRefusals } from './oidc-refusal';
import type { OidcTransaction } from './oidc-transaction';
import { openIdClient, type OpenIdClient } from './openid-client';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * dondoc as an OpenID Connect relying party, through openid-client: discovery from the
 * issuer, the authorization code flow with PKCE (S256), state and nonce, and the ID token
 * checked (signature by the provider's JWKS, iss, aud, exp, iat, nonce) before any claim
 * is read. Discovery is retried on the next sign-in when the provider was unreachable.
 */
export class OidcProviderClient {
  private readonly logger = new Logger('OidcProvider');
  private discovered?: Promise<OpenIdClient.Configuration>;

  constructor(private readonly config: EnabledOidcConfig) {}

  /** Where to send the browser, with fresh state, nonce and PKCE verifier to keep. */
  async start(returnTo: string): Promise<{ url: URL; transaction: OidcTransaction }> {
    const client = openIdClient();
    const configuration = await this.configuration();
    const transaction: OidcTransaction = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnTo,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.OIDC_REDIRECT_URL,
      scope: this.config.OIDC_SCOPES,
      code_challenge: await client.calculatePKCECodeChallenge(transaction.codeVerifier),
      code_challenge_method: 'S256',
      state: transaction.state,
      nonce: transaction.nonce,
    });
    return { url, transaction };
  }

  /**
   * The verified claims of the person the provider sent back (ID token, then userinfo for
   * what it lacks), and the ID token itself (the hint for the provider's sign-out).
   */
  async claims(callbackUrl: URL, transaction: OidcTransaction): Promise<{ claims: Claims; idToken?: string }> {
    const client = openIdClient();
    const configuration = await this.configuration();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: transaction.codeVerifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
    } catch (e) {
      throw this.refusalOf(e);
    }
    const idClaims = (tokens.claims() ?? {}) as Claims;
    const idToken = tokens.id_token;
    const missing = neededClaims(this.config).some((c) => claimAt(idClaims, c) === undefined);
    if (!missing || !configuration.serverMetadata().userinfo_endpoint) return { claims: idClaims, idToken };
    try {
      // Providers that conform to Core 5.4 put profile claims in userinfo, not the ID token;
      // the ID token's (signed) claims win where both say something.
      const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, String(idClaims.sub));
      return { claims: { ...(userInfo as Claims), ...idClaims }, idToken };
    } catch (e) {
      throw this.refusalOf(e);
    }
  }

  /**
   * Where to send the browser to end the person's session at the provider (OpenID Connect
   * RP-Initiated Logout 1.0): its `end_session_endpoint` with `id_token_hint`, `client_id`
   * and `post_logout_redirect_uri`; undefined when the provider's discovery names none.
   */
  async endSessionUrl(idToken: string, postLogoutRedirectUri: string): Promise<URL | undefined> {
    const configuration = await this.configuration();
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return openIdClient().buildEndSessionUrl(configuration, { id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri });
  }

  /** Discovery once (and again after a failure): the provider's endpoints and keys. */
  configuration(): Promise<OpenIdClient.Configuration> {
    this.discovered ??= this.discover().catch((e: unknown) => {
      this.discovered = undefined;
      throw this.refusalOf(e);
    });
    return this.discovered;
  }

  private async discover(): Promise<OpenIdClient.Configuration> {
    const client = openIdClient();
    const c = this.config;
    const secret = c.OIDC_CLIENT_SECRET ?? ''; // present unless the method is none (checked at boot)
    const auth =
      c.OIDC_CLIENT_AUTH_METHOD === 'none'
        ? client.None()
        : c.OIDC_CLIENT_AUTH_METHOD === 'client_secret_post'
          ? client.ClientSecretPost(secret)
          : client.ClientSecretBasic(secret);
    const insecureLoopback = new URL(c.OIDC_ISSUER_URL).protocol === 'http:' && LOOPBACK.has(new URL(c.OIDC_ISSUER_URL).hostname);
    const configuration = await client.discovery(
      new URL(c.OIDC_ISSUER_URL),
      c.OIDC_CLIENT_ID,
      c.OIDC_CLIENT_SECRET ? { client_secret: secret } : {},
      auth,
      {
        // The ID token's signature is checked against the provider's JWKS, not only trusted for
        // arriving over TLS from the token endpoint (which the spec would allow).
        execute: [client.enableNonRepudiationChecks, ...(insecureLoopback ? [client.allowInsecureRequests] : [])],
        timeout: 10,
      },
    );
    this.logger.log(`identity provider ${configuration.serverMetadata().issuer} discovered`);
    return configuration;
  }

  /** openid-client's errors as what a person reads: the provider's own refusal, a failed check, or no answer. */
  private refusalOf(e: unknown) {
    const client = openIdClient();
    if (e instanceof client.AuthorizationResponseError) return oidcRefusals.providerSaid(e.error, e.error_description);
    if (e instanceof client.ResponseBodyError)
      return oidcRefusals.notVerified(`${e.error}${e.error_description ? `: ${e.error_description}` : ''}`);
    const error = e as Error & { code?: string; cause?: { message?: string } };
    if (
      error?.name === 'TypeError' ||
      error?.code === 'OAUTH_TIMEOUT' ||
      /fetch failed|ECONNREFUSED|aborted/i.test(String(error?.message))
    ) {
      return oidcRefusals.unreachable(String(error.cause?.message ?? error.message));
    }
    this.logger.warn(`sign-in through the provider refused: ${error?.code ?? ''} ${error?.message}`);
    return oidcRefusals.notVerified(`${error?.message ?? String(e)}${error?.code ? ` [${error.code}]` : ''}`);
  }
}
