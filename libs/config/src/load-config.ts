import type { z } from 'zod';
import { ConfigError } from './config-error';

/**
 * Validates the environment against an app's schema and returns the typed result.
 * Every problem is reported at once, naming the variable and what was expected, so a
 * misconfigured process stops at boot with one clear message instead of failing later.
 */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  // Empty strings count as "not set" so `FOO= npm run up` falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(root)';
    const got = typeof issue.path[0] === 'string' ? cleaned[issue.path[0]] : undefined;
    return `${key}: ${issue.message}${got !== undefined ? ` (got '${got}')` : ''}`;
  });
  throw new ConfigError(problems);
}
