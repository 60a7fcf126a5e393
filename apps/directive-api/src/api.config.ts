import { httpHardeningEnv, serviceEnv } from '@dondoc/app-kit';
import { authEnv, checkAuthConfig } from '@dondoc/auth';
import { loadConfig, nonEmpty, port } from '@dondoc/config';
import * as path from 'node:path';
import { z } from 'zod';

const workspaceRoot = path.resolve(__dirname, '../../..');

export const apiEnv = serviceEnv
  .extend({
    HTTP_HOST: nonEmpty('127.0.0.1'),
    HTTP_PORT: port(3000),
    ...httpHardeningEnv,
    /** Where links in notices point (the API or a future web app). */
    PUBLIC_BASE_URL: z.url({ message: 'expected an absolute URL' }).default('http://127.0.0.1:3000'),
    ...authEnv,
    /** Seeded at boot (idempotent); `none` to skip. */
    ORG_CHART_SEED_FILE: z.string().default(path.join(workspaceRoot, 'infra/seed/org-chart.thua-thien-hue.2022.json')),
    OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(500),
    /** How often the relay looks for unsent events another (crashed) process left, by their outbox marks. */
    OUTBOX_SCAN_MS: z.coerce.number().int().min(100).default(10_000),
    /** The largest evidence file accepted (bytes; 413 above). */
    EVIDENCE_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1_024)
      .max(256 * 1024 * 1024)
      .default(20 * 1024 * 1024),
  })
  .superRefine(checkAuthConfig);
export type ApiConfig = z.infer<typeof apiEnv>;

export const loadApiConfig = (env: Record<string, string | undefined> = process.env): ApiConfig => loadConfig(apiEnv, env);
