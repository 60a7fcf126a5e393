import { nonEmpty } from '@dondoc/config';
import { z } from 'zod';

/** The local signing secret: fine on a laptop, replaced by RS256 + JWKS (an identity provider) in production. */
export const LOCAL_JWT_SECRET = 'dondoc-local-development-secret-change-me';

/**
 * How both APIs verify bearer tokens (one identity provider serves both): HS256 with a
 * shared secret, or RS256 against the provider's JWKS URL; issuer and audience checked.
 */
export const authEnv = {
  AUTH_JWT_ALG: z.enum(['HS256', 'RS256'], { message: "expected 'HS256' or 'RS256'" }).default('HS256'),
  AUTH_JWT_SECRET: z.string().min(16, { message: 'expected at least 16 characters' }).default(LOCAL_JWT_SECRET),
  /** Required with RS256: where the identity provider publishes its keys. */
  AUTH_JWKS_URL: z.url({ message: 'expected an absolute URL' }).optional(),
  AUTH_ISSUER: nonEmpty('dondoc-local'),
  AUTH_AUDIENCE: nonEmpty('dondoc'),
};

export type AuthConfig = z.infer<z.ZodObject<typeof authEnv>>;

/** The cross-field rule of `authEnv`, for a config schema's `superRefine`. */
export function checkAuthConfig(cfg: Pick<AuthConfig, 'AUTH_JWT_ALG' | 'AUTH_JWKS_URL'>, ctx: z.RefinementCtx): void {
  if (cfg.AUTH_JWT_ALG === 'RS256' && !cfg.AUTH_JWKS_URL) {
    ctx.addIssue({ code: 'custom', path: ['AUTH_JWKS_URL'], message: 'required when AUTH_JWT_ALG is RS256' });
  }
}
