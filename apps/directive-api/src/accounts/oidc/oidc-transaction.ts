import { createHash } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';

/**
 * What the callback must check, kept between the redirect to the provider and its answer
 * in an encrypted httpOnly cookie of this browser (no server state): state and nonce bind
 * the answer to the sign-in this browser started (no login CSRF), the PKCE verifier proves
 * the code is spent by whoever asked for it.
 */
export interface OidcTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path of the web app to land on afterwards. */
  returnTo: string;
}

export const OIDC_TRANSACTION_COOKIE = 'dondoc_oidc';
const COOKIE_PATH = '/v1/auth/oidc';
/** Time to sign in at the provider (a password, maybe a second factor). */
const LIFETIME_SECONDS = 10 * 60;

// A key of its own, derived from the APIs' secret: one secret to manage, no reuse of the JWT key.
const keyOf = (secret: string) => createHash('sha256').update(`dondoc-oidc-transaction\u0000${secret}`).digest();

export function sealTransaction(tx: OidcTransaction, secret: string): Promise<string> {
  return new EncryptJWT({ ...tx })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .encrypt(keyOf(secret));
}

/** The transaction, or undefined when missing, tampered with or expired. */
export async function openTransaction(sealed: string | undefined, secret: string): Promise<OidcTransaction | undefined> {
  if (!sealed) return undefined;
  try {
    const { payload } = await jwtDecrypt(sealed, keyOf(secret));
    const { state, nonce, codeVerifier, returnTo } = payload as Partial<OidcTransaction>;
    return state && nonce && codeVerifier && returnTo ? { state, nonce, codeVerifier, returnTo } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * SameSite=Lax, not Strict like the refresh cookie: the provider's redirect back is a
 * top-level navigation from another site, and Lax cookies go with those (Strict ones do not).
 */
export function transactionCookie(sealed: string, secure: boolean, maxAge = LIFETIME_SECONDS): string {
  return [
    `${OIDC_TRANSACTION_COOKIE}=${sealed}`,
    `Path=${COOKIE_PATH}`,
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export const clearedTransactionCookie = (secure: boolean) => transactionCookie('', secure, 0);

export function readTransactionCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === OIDC_TRANSACTION_COOKIE && value.join('=')) return value.join('=');
  }
  return undefined;
}

/** Only a path of this site (no `//host`, no scheme): the callback must not redirect anywhere else. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 500 ? value : '/';
}
