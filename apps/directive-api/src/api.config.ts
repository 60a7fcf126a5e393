import { serviceEnv } from '@dondoc/app-kit';
import { loadConfig, nonEmpty, port } from '@dondoc/config';
import * as path from 'node:path';
import { z } from 'zod';

const workspaceRoot = path.resolve(__dirname, '../../..');

/** The local signing secret: fine on a laptop, refused nowhere, replaced by RS256 + JWKS in production. */
export const LOCAL_JWT_SECRET = 'dondoc-local-development-secret-change-me';

export const apiEnv = serviceEnv
  .extend({
    HTTP_HOST: nonEmpty('127.0.0.1'),
    HTTP_PORT: port(3000),
    /** Where links in notices point (the API or a future web app). */
    PUBLIC_BASE_URL: z.url({ message: 'expected an absolute URL' }).default('http://127.0.0.1:3000'),
    AUTH_JWT_ALG: z.enum(['HS256', 'RS256']).default('HS256'),
    AUTH_JWT_SECRET: z.string().min(16, { message: 'expected at least 16 characters' }).default(LOCAL_JWT_SECRET),
    /** Required with RS256: where the identity provider publishes its keys. */
    AUTH_JWKS_URL: z.url({ message: 'expected an absolute URL' }).optional(),
    AUTH_ISSUER: nonEmpty('dondoc-local'),
    AUTH_AUDIENCE: nonEmpty('dondoc'),
    /** Seeded at boot (idempotent); `none` to skip. */
    ORG_CHART_SEED_FILE: z.string().default(path.join(workspaceRoot, 'infra/seed/org-chart.thua-thien-hue.2022.json')),
    OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(500),
    /** How often the relay looks for unsent events another (crashed) process left, by their outbox marks. */
    OUTBOX_SCAN_MS: z.coerce.number().int().min(100).default(10_000),
  })
  .superRefine((cfg, ctx) => {
    if (cfg.AUTH_JWT_ALG === 'RS256' && !cfg.AUTH_JWKS_URL) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_JWKS_URL'], message: 'required when AUTH_JWT_ALG is RS256' });
    }
  });
export type ApiConfig = z.infer<typeof apiEnv>;

export const loadApiConfig = (env: Record<string, string | undefined> = process.env): ApiConfig => loadConfig(apiEnv, env);
