import type { UserRole } from '@dondoc/domain';
import { SignJWT } from 'jose';

export interface LocalTokenInput {
  userId: string;
  role: UserRole;
  unitId: string;
  name?: string;
  secret: string;
  issuer: string;
  audience: string;
  expiresIn?: string;
}

/** Signs an HS256 token the local API accepts (development, tests, `npm run token`). */
export function signLocalToken(input: LocalTokenInput): Promise<string> {
  return new SignJWT({ role: input.role, unit: input.unitId, ...(input.name ? { name: input.name } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(input.userId)
    .setIssuer(input.issuer)
    .setAudience(input.audience)
    .setIssuedAt()
    .setExpirationTime(input.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(input.secret));
}
