import type { AccountsConfig } from './accounts.config';

/**
 * The refresh token travels only in an httpOnly cookie scoped to the sign-in routes: page
 * scripts never see it, and SameSite=Strict keeps other sites from spending it.
 */
export const REFRESH_COOKIE = 'dondoc_refresh';
export const REFRESH_COOKIE_PATH = '/v1/auth';

export function refreshCookie(token: string, maxAgeSeconds: number, config: Pick<AccountsConfig, 'AUTH_COOKIE_SECURE'>): string {
  return [
    `${REFRESH_COOKIE}=${token}`,
    `Path=${REFRESH_COOKIE_PATH}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(config.AUTH_COOKIE_SECURE ? ['Secure'] : []),
  ].join('; ');
}

export const clearedRefreshCookie = (config: Pick<AccountsConfig, 'AUTH_COOKIE_SECURE'>) => refreshCookie('', 0, config);

/** The refresh token from a Cookie header, if any. */
export function readRefreshCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE && value.join('=')) return value.join('=');
  }
  return undefined;
}
