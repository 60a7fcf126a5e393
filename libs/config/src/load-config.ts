import type { z } from 'zod';
import { ConfigError } from './config-error';

/**
 * Validates the environment against an app's schema and returns the typed result.
 * Every problem is reported at once, naming the variable and what was expected, so a
 * misconfigured process stops at boot with one clear message instead of failing later.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined> = process.env): z.infer<S> {
  // Empty strings count as "not set" so `FOO= npm run up` falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(root)';
    const got = typeof issue.path[0] === 'string' ? cleaned[issue.path[0]] : undefined;
    return `${key}: ${issue.message}${got !== undefined ? ` (got ${shownValue(key, got)})` : ''}`;
  });
  throw new ConfigError(problems);
}

/** Variables whose value is a secret: a boot error says how long it was, never what it was. */
const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE|(^|_)KEY($|_)/i;

/** A value as a boot error may print it: secrets hidden, credentials cut out of URLs. */
export function shownValue(name: string, value: string): string {
  if (SECRET_NAME.test(name)) return `a hidden value of ${value.length} characters`;
  return `'${value.replace(/(\/\/)[^/@\s]*@/g, '$1***@')}'`;
}
