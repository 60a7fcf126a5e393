import { APP_CONFIG } from '@dondoc/app-kit';
import { findUnit, versionInForce, type DirectoryUser } from '@dondoc/domain';
import { ORG_CHART_STORE, type OrgChartStore } from '@dondoc/persistence';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ApiConfig } from '../../api.config';
import { AccountService, type SessionGrant } from '../account.service';
import { identityFrom, type ProviderIdentity } from './oidc-claims';
import { OIDC_CONFIG } from './oidc.tokens';
import { oidcEnabled, postLogoutRedirectUrl, type OidcConfig } from './oidc.config';
import { OidcProviderClient } from './oidc-provider.client';
import { oidcRefusals } from './oidc-refusal';
import { openTransaction, sealTransaction } from './oidc-transaction';

/** What the web app asks before it shows "Đăng nhập qua <provider>". */
export interface OidcStatus {
  enabled: boolean;
  providerName?: string;
  startUrl?: string;
}

export const OIDC_START_PATH = '/v1/auth/oidc/start';

/**
 * What the web app does after dondoc's session ended, for a session that came from the
 * provider: send the browser to the provider's end-session URL, or (the provider names no
 * end-session endpoint, or cannot be reached) tell the person they are still signed in there.
 */
export type ProviderSignOut =
  | { providerName: string; endSessionUrl: string }
  | { providerName: string; endSessionUrl: null; reason: 'no-end-session-endpoint' | 'provider-unreachable' };

/**
 * Sign-in through the identity provider: the redirect there, and on the way back the
 * checks (this browser's state, the provider's verified ID token), the person found in
 * dondoc's directory (role and unit are dondoc's unless configured otherwise), and the
 * same session a password sign-in opens.
 */
@Injectable()
export class OidcSignInService implements OnApplicationBootstrap {
  private readonly logger = new Logger('OidcSignIn');
  private readonly provider?: OidcProviderClient;
  /** Where the provider sends the browser after its sign-out (registered there). */
  private readonly postLogoutUrl?: string;

  constructor(
    @Inject(OIDC_CONFIG) private readonly config: OidcConfig,
    @Inject(APP_CONFIG) private readonly api: ApiConfig,
    @Inject(ORG_CHART_STORE) private readonly directory: OrgChartStore,
    private readonly accounts: AccountService,
  ) {
    if (oidcEnabled(config)) {
      this.provider = new OidcProviderClient(config);
      this.postLogoutUrl = postLogoutRedirectUrl(config);
    }
  }

  /** Discovers the provider at boot, so a wrong issuer shows in the log at once; a provider that is down does not stop dondoc. */
  onApplicationBootstrap(): void {
    this.provider
      ?.configuration()
      .catch((e: Error) => this.logger.warn(`identity provider not reachable yet (retried at the next sign-in): ${e.message}`));
  }

  status(): OidcStatus {
    return this.provider ? { enabled: true, providerName: this.config.OIDC_PROVIDER_NAME, startUrl: OIDC_START_PATH } : { enabled: false };
  }

  /** The provider's authorization URL and the sealed transaction for this browser's cookie. */
  async start(returnTo: string): Promise<{ location: string; sealed: string }> {
    const provider = this.enabledProvider();
    const { url, transaction } = await provider.start(returnTo);
    return { location: url.href, sealed: await sealTransaction(transaction, this.api.AUTH_JWT_SECRET) };
  }

  /** The provider's answer (`callbackUrl`, as the browser requested it) to a session, or an OidcRefusal. */
  async finish(callbackUrl: URL, sealed: string | undefined): Promise<{ grant: SessionGrant; returnTo: string }> {
    const provider = this.enabledProvider();
    const transaction = await openTransaction(sealed, this.api.AUTH_JWT_SECRET);
    if (!transaction) throw oidcRefusals.noTransaction();
    // Checked here too (openid-client checks it again) so a forged or stale answer gets its own 400.
    if (callbackUrl.searchParams.get('state') !== transaction.state) throw oidcRefusals.wrongState();
    const { claims, idToken } = await provider.claims(this.asRegistered(callbackUrl), transaction);
    const identity = identityFrom(claims, this.config);
    const user = await this.directoryUser(identity);
    if (identity.unitId) await this.assertUnitInForce(identity.unitId);
    const grant = await this.accounts.signInVerified(user, { role: identity.role, unitId: identity.unitId, idToken });
    this.logger.log(
      `${user.userId} signed in through ${this.config.OIDC_PROVIDER_NAME} (${String(claims.iss ?? '')} sub ${String(claims.sub ?? '')})`,
    );
    return { grant, returnTo: transaction.returnTo };
  }

  /**
   * The provider's part of a sign-out, for a session opened through it (`idToken` kept with
   * the session). Undefined when sign-in through a provider is no longer configured: then
   * dondoc's own sign-out is all there is.
   */
  async providerSignOut(idToken: string): Promise<ProviderSignOut | undefined> {
    if (!this.provider || !this.postLogoutUrl) return undefined;
    const providerName = this.config.OIDC_PROVIDER_NAME;
    try {
      const url = await this.provider.endSessionUrl(idToken, this.postLogoutUrl);
      if (url) return { providerName, endSessionUrl: url.href };
      this.logger.warn(`${providerName} names no end_session_endpoint: signed out of dondoc only`);
      return { providerName, endSessionUrl: null, reason: 'no-end-session-endpoint' };
    } catch (e) {
      this.logger.warn(`${providerName} not reachable at sign-out: signed out of dondoc only (${(e as Error).message})`);
      return { providerName, endSessionUrl: null, reason: 'provider-unreachable' };
    }
  }

  /** Where the web app lives: the origin the provider sends the browser back to. */
  webUrl(path = '/'): string {
    return new URL(path, this.config.OIDC_REDIRECT_URL ?? this.api.PUBLIC_BASE_URL).href;
  }

  private enabledProvider(): OidcProviderClient {
    if (!this.provider) throw oidcRefusals.notConfigured();
    return this.provider;
  }

  /**
   * The callback as the provider was told to call it: behind the web server's proxy this
   * API sees its own host, but the code was issued for OIDC_REDIRECT_URL (openid-client
   * takes the redirect_uri of the token request from this URL).
   */
  private asRegistered(callbackUrl: URL): URL {
    const url = new URL(this.config.OIDC_REDIRECT_URL ?? callbackUrl.href);
    url.search = callbackUrl.search;
    return url;
  }

  private async directoryUser(identity: ProviderIdentity): Promise<DirectoryUser> {
    const { by, value } = identity.match;
    const user = by === 'email' ? await this.directory.userByEmail(value) : await this.directory.user(value);
    if (!user) throw oidcRefusals.unknownUser(value);
    return user;
  }

  private async assertUnitInForce(unitId: string): Promise<void> {
    const chart = versionInForce(await this.directory.charts(), new Date());
    if (!chart || !findUnit(chart, unitId)) throw oidcRefusals.badUnit(this.config.OIDC_UNIT_CLAIM ?? '', unitId);
  }
}
