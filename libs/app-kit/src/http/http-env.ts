import { z } from 'zod';

const bytes = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+(b|kb|mb)$/i, { message: "expected a size such as '1mb' or '512kb'" })
    .default(fallback);

const perMinute = (fallback: number) =>
  z.coerce.number({ message: 'expected a whole number' }).int().min(0, { message: 'expected 0 (off) or more' }).default(fallback);

/**
 * What both HTTP APIs read to protect themselves: body limits, the one web origin allowed
 * to call them from a browser, and rate limits (per caller per minute; 0 turns one off).
 */
export const httpHardeningEnv = {
  /** JSON bodies above this answer 413 (the import route has its own, larger limit). */
  HTTP_JSON_LIMIT: bytes('1mb'),
  /** The web application's origin: the only one CORS lets call from a browser. */
  WEB_ORIGIN: z.url({ message: 'expected an absolute URL such as http://127.0.0.1:8080' }).default('http://127.0.0.1:8080'),
  /** Writes (POST, PUT, PATCH, DELETE) per caller per minute. */
  RATE_LIMIT_WRITES_PER_MINUTE: perMinute(300),
  /** Sign-in attempts per client address per minute (routes marked with @SignInRateLimited()). */
  RATE_LIMIT_SIGN_IN_PER_MINUTE: perMinute(10),
};

export type HttpHardeningConfig = { [K in keyof typeof httpHardeningEnv]: z.infer<(typeof httpHardeningEnv)[K]> };
