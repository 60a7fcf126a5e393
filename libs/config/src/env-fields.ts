import { z } from 'zod';

// Reusable, validated environment fields. Defaults point at the local servers that
// `npm run up` starts (infra/local), so nothing is configured on a developer machine.

const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;

export const hostPort = (fallback: string) =>
  z.string().trim().regex(HOST_PORT, { message: 'expected host:port, e.g. 127.0.0.1:7233' }).default(fallback);

export const hostPortList = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .transform((value, ctx) => {
      const items = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = items.filter((s) => !HOST_PORT.test(s));
      if (items.length === 0 || bad.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a comma-separated list of host:port${bad.length ? ` (bad: ${bad.join(', ')})` : ''}`,
        });
        return z.NEVER;
      }
      return items;
    });

export const port = (fallback: number) =>
  z.coerce
    .number({ message: 'expected a port number' })
    .int({ message: 'expected a whole number' })
    .min(1, { message: 'expected a port from 1 to 65535' })
    .max(65535, { message: 'expected a port from 1 to 65535' })
    .default(fallback);

const wholePositive = () =>
  z.coerce.number({ message: 'expected a number' }).int().positive({ message: 'expected a positive whole number' });
export const positiveInt = (fallback: number) => wholePositive().default(fallback);
/** A positive whole number, or nothing: the setting's default is then computed from others. */
export const optionalPositiveInt = () => wholePositive().optional();

export const nonEmpty = (fallback: string) => z.string().trim().min(1, { message: 'must not be empty' }).default(fallback);

export const mongoUri = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'expected a mongodb:// or mongodb+srv:// URI' })
    .default(fallback);

export const logLevel = () => z.enum(['error', 'warn', 'info', 'debug']).default('info');
