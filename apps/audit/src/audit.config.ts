import { httpHardeningEnv, serviceEnv } from '@dondoc/app-kit';
import { authEnv, checkAuthConfig } from '@dondoc/auth';
import { loadConfig, nonEmpty, port } from '@dondoc/config';
import * as path from 'node:path';
import { z } from 'zod';

const workspaceRoot = path.resolve(__dirname, '../../..');

// The audit service: HTTP for auditors (read-only), the final-run archive sweep, and the
// audit consumer of task events. Token settings are the directive API's (AUTH_*: HS256 or
// RS256 with a JWKS URL), verified by the same verifier, so one identity provider serves both.
export const auditEnv = serviceEnv
  .extend({
    HTTP_HOST: nonEmpty('127.0.0.1'),
    HTTP_PORT: port(3001),
    ...httpHardeningEnv,
    ...authEnv,
    AUDIT_GROUP_ID: nonEmpty('dondoc-audit'),
    /** The consumer that writes task and directive facts into the trail ('off' for an HTTP-only replica). */
    AUDIT_CONSUMER: z.enum(['on', 'off'], { message: "expected 'on' or 'off'" }).default('on'),
    /** How often finished tasks' last runs are archived; 0 turns the sweep off. */
    ARCHIVE_SWEEP_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(0, { message: 'expected 0 or more' }).default(60_000),
    /** How often each chain's sealed head is copied to the compacted heads topic; 0 turns it off. */
    AUDIT_HEADS_PUBLISH_MS: z.coerce
      .number({ message: 'expected milliseconds' })
      .int()
      .min(0, { message: 'expected 0 or more' })
      .default(5_000),
    /** Org charts for "as of" (which version was in force); the seed by default. */
    ORG_CHART_SEED_FILE: z.string().default(path.join(workspaceRoot, 'infra/seed/org-chart.thua-thien-hue.2022.json')),
  })
  .superRefine(checkAuthConfig);
export type AuditConfig = z.infer<typeof auditEnv>;

export const loadAuditConfig = (env: Record<string, string | undefined> = process.env): AuditConfig => loadConfig(auditEnv, env);
