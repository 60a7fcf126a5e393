import { serviceEnv } from '@dondoc/app-kit';
import { loadConfig, nonEmpty, port } from '@dondoc/config';
import * as path from 'node:path';
import { z } from 'zod';

const workspaceRoot = path.resolve(__dirname, '../../..');

/** Same local default as the directive API, so one token works for both on a laptop. */
export const LOCAL_JWT_SECRET = 'dondoc-local-development-secret-change-me';

// The audit service: HTTP for auditors (read-only), the final-run archive sweep, and the
// audit consumer of task events. Token settings are the directive API's (AUTH_*).
export const auditEnv = serviceEnv.extend({
  HTTP_HOST: nonEmpty('127.0.0.1'),
  HTTP_PORT: port(3001),
  AUTH_JWT_SECRET: z.string().min(16, { message: 'expected at least 16 characters' }).default(LOCAL_JWT_SECRET),
  AUTH_ISSUER: nonEmpty('dondoc-local'),
  AUTH_AUDIENCE: nonEmpty('dondoc'),
  AUDIT_GROUP_ID: nonEmpty('dondoc-audit'),
  /** The consumer that writes task and directive facts into the trail ('off' for an HTTP-only replica). */
  AUDIT_CONSUMER: z.enum(['on', 'off'], { message: "expected 'on' or 'off'" }).default('on'),
  /** How often finished tasks' last runs are archived; 0 turns the sweep off. */
  ARCHIVE_SWEEP_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(0, { message: 'expected 0 or more' }).default(60_000),
  /** Org charts for "as of" (which version was in force); the seed by default. */
  ORG_CHART_SEED_FILE: z.string().default(path.join(workspaceRoot, 'infra/seed/org-chart.thua-thien-hue.2022.json')),
});
export type AuditConfig = z.infer<typeof auditEnv>;

export const loadAuditConfig = (env: Record<string, string | undefined> = process.env): AuditConfig => loadConfig(auditEnv, env);
