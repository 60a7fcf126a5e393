import { loadConfig } from '@dondoc/config';
import { z } from 'zod';

// Sign-in through an identity provider (OpenID Connect: Keycloak, a provincial SSO), by
// configuration only. Off unless OIDC_ISSUER_URL is set; then the rest is checked at boot
// and every problem is named in Vietnamese with English beside it.

/** The callback route of this API (the controller's path); the redirect URL must point at it. */
export const OIDC_CALLBACK_PATH = '/v1/auth/oidc/callback';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const absoluteUrl = (vi: string) => z.url({ message: `${vi}: cần một URL tuyệt đối (expected an absolute URL)` });
const text = z.string().trim().min(1, { message: 'không được để trống (must not be empty)' });

export const oidcEnv = z
  .object({
    /** The provider's issuer; discovery reads `<issuer>/.well-known/openid-configuration`. Keycloak: https://<host>/realms/<realm>. */
    OIDC_ISSUER_URL: absoluteUrl('Địa chỉ nhà cung cấp định danh').optional(),
    OIDC_CLIENT_ID: text.optional(),
    /** The client's secret at the provider (a confidential client); not needed with OIDC_CLIENT_AUTH_METHOD=none. */
    OIDC_CLIENT_SECRET: text.optional(),
    /** How dondoc authenticates at the token endpoint; Keycloak's "Client Id and Secret" accepts both secret methods. */
    OIDC_CLIENT_AUTH_METHOD: z
      .enum(['client_secret_basic', 'client_secret_post', 'none'], {
        message: "cần 'client_secret_basic', 'client_secret_post' hoặc 'none' (expected one of them)",
      })
      .default('client_secret_basic'),
    /** Where the provider sends the browser back: the web app's origin + /v1/auth/oidc/callback (its server proxies /v1 to this API). */
    OIDC_REDIRECT_URL: absoluteUrl('Địa chỉ quay về').optional(),
    /**
     * Where the provider sends the browser after signing the person out there (RP-initiated
     * logout); registered at the provider. Default: the web app's sign-in page, on the origin of OIDC_REDIRECT_URL.
     */
    OIDC_POST_LOGOUT_REDIRECT_URL: absoluteUrl('Địa chỉ quay về sau khi đăng xuất').optional(),
    OIDC_SCOPES: z.string().trim().default('openid profile email'),
    /** The name people read on the sign-in button ("Đăng nhập qua <name>"). */
    OIDC_PROVIDER_NAME: text.default('SSO'),
    /** The claim that names the dondoc person, and what in the directory it is compared with. */
    OIDC_USER_CLAIM: text.default('preferred_username'),
    OIDC_USER_MATCH: z.enum(['userId', 'email'], { message: "cần 'userId' hoặc 'email' (expected 'userId' or 'email')" }).default('userId'),
    /** Only when set are role and unit taken from the provider (a dotted path, e.g. realm_access.roles); otherwise from dondoc's directory. */
    OIDC_ROLE_CLAIM: text.optional(),
    OIDC_UNIT_CLAIM: text.optional(),
    /** The APIs' token algorithm (validated with their config): the session OIDC sign-in opens is dondoc's own HS256 JWT. */
    AUTH_JWT_ALG: z.string().default('HS256'),
  })
  .superRefine((cfg, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!cfg.OIDC_ISSUER_URL) {
      for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL', 'OIDC_POST_LOGOUT_REDIRECT_URL'] as const) {
        if (cfg[name]) problem('OIDC_ISSUER_URL', `cần khai báo khi đã đặt ${name} (required when ${name} is set)`);
      }
      return;
    }
    if (!cfg.OIDC_CLIENT_ID) problem('OIDC_CLIENT_ID', 'cần khai báo khi bật đăng nhập OIDC (required when OIDC_ISSUER_URL is set)');
    if (!cfg.OIDC_REDIRECT_URL) problem('OIDC_REDIRECT_URL', 'cần khai báo khi bật đăng nhập OIDC (required when OIDC_ISSUER_URL is set)');
    if (cfg.OIDC_CLIENT_AUTH_METHOD !== 'none' && !cfg.OIDC_CLIENT_SECRET) {
      problem(
        'OIDC_CLIENT_SECRET',
        `cần khai báo với ${cfg.OIDC_CLIENT_AUTH_METHOD}; đặt OIDC_CLIENT_AUTH_METHOD=none cho client công khai (required with ${cfg.OIDC_CLIENT_AUTH_METHOD}; none for a public client)`,
      );
    }
    for (const name of ['OIDC_ISSUER_URL', 'OIDC_REDIRECT_URL', 'OIDC_POST_LOGOUT_REDIRECT_URL'] as const) {
      const url = cfg[name] ? new URL(cfg[name]) : undefined;
      if (url && url.protocol !== 'https:' && !LOOPBACK.has(url.hostname)) {
        problem(name, 'cần https, trừ địa chỉ 127.0.0.1/localhost (https required except on loopback)');
      }
    }
    if (cfg.OIDC_REDIRECT_URL && !new URL(cfg.OIDC_REDIRECT_URL).pathname.endsWith(OIDC_CALLBACK_PATH)) {
      problem('OIDC_REDIRECT_URL', `phải kết thúc bằng ${OIDC_CALLBACK_PATH} (must end with ${OIDC_CALLBACK_PATH})`);
    }
    if (cfg.AUTH_JWT_ALG !== 'HS256') {
      problem(
        'OIDC_ISSUER_URL',
        "đăng nhập OIDC cấp JWT của dondoc nên cần AUTH_JWT_ALG=HS256 (OIDC sign-in issues dondoc's own JWT: needs AUTH_JWT_ALG=HS256)",
      );
    }
    if (!cfg.OIDC_SCOPES.split(/\s+/).includes('openid')) problem('OIDC_SCOPES', "phải có 'openid' (must include 'openid')");
  });

export type OidcConfig = z.infer<typeof oidcEnv>;

/** OIDC settings, or a ConfigError at boot naming each problem. */
export const loadOidcConfig = (env: Record<string, string | undefined> = process.env): OidcConfig => loadConfig(oidcEnv, env);

export type EnabledOidcConfig = OidcConfig & { OIDC_ISSUER_URL: string; OIDC_CLIENT_ID: string; OIDC_REDIRECT_URL: string };

/** True when sign-in through a provider is configured. */
export const oidcEnabled = (c: OidcConfig): c is EnabledOidcConfig => !!c.OIDC_ISSUER_URL && !!c.OIDC_CLIENT_ID && !!c.OIDC_REDIRECT_URL;

/** The web app's sign-in page, where the provider sends the browser back after its sign-out. */
export const WEB_SIGN_IN_PATH = '/sign-in';

/** OIDC_POST_LOGOUT_REDIRECT_URL, or the web app's sign-in page on the origin the provider already sends people back to. */
export const postLogoutRedirectUrl = (c: EnabledOidcConfig): string =>
  c.OIDC_POST_LOGOUT_REDIRECT_URL ?? new URL(WEB_SIGN_IN_PATH, c.OIDC_REDIRECT_URL).href;
