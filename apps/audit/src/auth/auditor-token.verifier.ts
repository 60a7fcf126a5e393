import { jwtVerify, type JWTPayload } from 'jose';
import type { AuditConfig } from '../audit.config';

export class InvalidTokenError extends Error {}

export interface AuditPrincipal {
  userId: string;
  role: string;
  unitId: string;
}

/**
 * Verifies bearer tokens exactly as the directive API does (HS256, shared secret, issuer
 * and audience; claims `sub`, `role`, `unit`), so one identity provider serves both.
 */
export class AuditorTokenVerifier {
  private readonly key: Uint8Array;

  constructor(private readonly config: Pick<AuditConfig, 'AUTH_JWT_SECRET' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>) {
    this.key = new TextEncoder().encode(config.AUTH_JWT_SECRET);
  }

  async verify(token: string): Promise<AuditPrincipal> {
    let payload: JWTPayload & { role?: unknown; unit?: unknown };
    try {
      ({ payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: this.config.AUTH_ISSUER, audience: this.config.AUTH_AUDIENCE }));
    } catch (e) {
      throw new InvalidTokenError(`invalid token: ${(e as Error).message}`);
    }
    if (!payload.sub) throw new InvalidTokenError('invalid token: no subject (sub)');
    if (typeof payload.role !== 'string') throw new InvalidTokenError('invalid token: no role claim');
    if (typeof payload.unit !== 'string' || !payload.unit) throw new InvalidTokenError('invalid token: no unit claim');
    return { userId: payload.sub, role: payload.role, unitId: payload.unit };
  }
}
