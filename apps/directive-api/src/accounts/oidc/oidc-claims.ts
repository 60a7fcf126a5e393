import { USER_ROLES, type UserRole } from '@dondoc/domain';
import type { OidcConfig } from './oidc.config';
import { oidcRefusals } from './oidc-refusal';

export type Claims = Record<string, unknown>;

/** Who the provider says the person is, as dondoc looks them up. */
export interface ProviderIdentity {
  /** Compared with the directory's `userId` or `email` (OIDC_USER_MATCH). */
  match: { by: 'userId' | 'email'; value: string };
  /** Only when OIDC_ROLE_CLAIM / OIDC_UNIT_CLAIM are set; otherwise the directory's. */
  role?: UserRole;
  unitId?: string;
}

/** A claim by a dotted path (`realm_access.roles`, Keycloak's realm roles). */
export function claimAt(claims: Claims, path: string): unknown {
  let value: unknown = claims;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Claims)[key];
  }
  return value;
}

const oneText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The claims the mapping needs, so the caller knows whether to ask the userinfo endpoint too. */
export const neededClaims = (config: Pick<OidcConfig, 'OIDC_USER_CLAIM' | 'OIDC_ROLE_CLAIM' | 'OIDC_UNIT_CLAIM'>): string[] =>
  [config.OIDC_USER_CLAIM, config.OIDC_ROLE_CLAIM, config.OIDC_UNIT_CLAIM].filter((c): c is string => !!c);

/** Maps verified claims to a dondoc identity, or throws the refusal a person reads. */
export function identityFrom(
  claims: Claims,
  config: Pick<OidcConfig, 'OIDC_USER_CLAIM' | 'OIDC_USER_MATCH' | 'OIDC_ROLE_CLAIM' | 'OIDC_UNIT_CLAIM'>,
): ProviderIdentity {
  const value = oneText(claimAt(claims, config.OIDC_USER_CLAIM));
  if (!value) throw oidcRefusals.missingClaim(config.OIDC_USER_CLAIM);
  const identity: ProviderIdentity = {
    match: { by: config.OIDC_USER_MATCH, value: config.OIDC_USER_MATCH === 'email' ? value.toLowerCase() : value },
  };
  if (config.OIDC_ROLE_CLAIM) {
    const raw = claimAt(claims, config.OIDC_ROLE_CLAIM);
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    // Keycloak lists every realm role (offline_access, default-roles-…): keep the dondoc ones.
    const roles = [...new Set(values.filter((v): v is UserRole => (USER_ROLES as readonly string[]).includes(v)))];
    if (roles.length !== 1) throw oidcRefusals.badRole(config.OIDC_ROLE_CLAIM, values.join(', ') || '—');
    identity.role = roles[0];
  }
  if (config.OIDC_UNIT_CLAIM) {
    const unitId = oneText(claimAt(claims, config.OIDC_UNIT_CLAIM));
    if (!unitId) throw oidcRefusals.missingClaim(config.OIDC_UNIT_CLAIM);
    identity.unitId = unitId;
  }
  return identity;
}
