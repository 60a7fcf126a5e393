import { loadConfig, positiveInt } from '@dondoc/config';
import { z } from 'zod';

/** Sign-in settings of the directive API (validated at boot with the rest of its config). */
export const accountsEnv = z.object({
  /** Life of the access JWT sign-in hands out; short, because a signed JWT cannot be recalled. */
  AUTH_ACCESS_TTL_SECONDS: positiveInt(600),
  /** Life of a refresh session (renewed at each rotation): a working day by default. */
  AUTH_REFRESH_TTL_SECONDS: positiveInt(12 * 3600),
  /** Consecutive wrong passwords that lock an account, and for how long. */
  AUTH_LOCKOUT_FAILURES: positiveInt(5),
  AUTH_LOCKOUT_SECONDS: positiveInt(15 * 60),
  /** Failed sign-ins one client address may make in the window before it gets 429. */
  AUTH_THROTTLE_FAILURES: positiveInt(20),
  AUTH_THROTTLE_WINDOW_SECONDS: positiveInt(5 * 60),
  /** `true` behind HTTPS: the refresh cookie is then sent over HTTPS only. */
  AUTH_COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** When set, every user of the seeded directory without an account gets one with this password (`npm run up` prints it). */
  AUTH_DEMO_PASSWORD: z.string().min(8, { message: 'expected at least 8 characters' }).optional(),
});
export type AccountsConfig = z.infer<typeof accountsEnv>;

export const loadAccountsConfig = (env: Record<string, string | undefined> = process.env): AccountsConfig => loadConfig(accountsEnv, env);
