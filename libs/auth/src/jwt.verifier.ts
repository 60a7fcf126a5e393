import { USER_ROLES, type UserRole } from '@dondoc/domain';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from './auth-env';
import type { Principal } from './principal';

export const JWT_VERIFIER = Symbol('JwtVerifier');

export class InvalidTokenError extends Error {}

/**
 * Verifies bearer tokens for both APIs: HS256 with a shared secret (local default) or RS256
 * against a JWKS URL (an identity provider; keys fetched and cached by jose, refetched on an
 * unknown `kid`). Claims: `sub` user id, `role`, `unit` (unit id), `name`. Only the
 * configured algorithm is accepted, so an HS256 token signed with a public key is refused.
 */
export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;

  constructor(
    private readonly config: Pick<AuthConfig, 'AUTH_JWT_ALG' | 'AUTH_JWT_SECRET' | 'AUTH_JWKS_URL' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>,
  ) {
    this.key =
      config.AUTH_JWT_ALG === 'RS256' && config.AUTH_JWKS_URL
        ? createRemoteJWKSet(new URL(config.AUTH_JWKS_URL))
        : new TextEncoder().encode(config.AUTH_JWT_SECRET);
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      const options = { algorithms: [this.config.AUTH_JWT_ALG], issuer: this.config.AUTH_ISSUER, audience: this.config.AUTH_AUDIENCE };
      payload = (typeof this.key === 'function' ? await jwtVerify(token, this.key, options) : await jwtVerify(token, this.key, options))
        .payload;
    } catch (e) {
      throw new InvalidTokenError(`invalid token: ${(e as Error).message}`);
    }
    const { sub, role, unit, name } = payload as JWTPayload & { role?: unknown; unit?: unknown; name?: unknown };
    if (!sub) throw new InvalidTokenError('invalid token: no subject (sub)');
    if (typeof role !== 'string' || !USER_ROLES.includes(role as UserRole))
      throw new InvalidTokenError(`invalid token: unknown role '${String(role)}'`);
    if (typeof unit !== 'string' || !unit) throw new InvalidTokenError('invalid token: no unit claim');
    return { userId: sub, role: role as UserRole, unitId: unit, name: typeof name === 'string' ? name : undefined };
  }
}
