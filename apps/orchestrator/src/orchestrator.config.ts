import { serviceEnv } from '@dondoc/app-kit';
import { loadConfig, nonEmpty, positiveInt } from '@dondoc/config';
import type { z } from 'zod';

export const orchestratorEnv = serviceEnv.extend({
  /** Kafka consumer group. */
  ORCHESTRATOR_GROUP_ID: nonEmpty('dondoc-orchestrator'),
  /** Attempts for an event whose handling fails (e.g. Temporal away) before it is dead-lettered. */
  ORCHESTRATOR_MAX_ATTEMPTS: positiveInt(8),
  /** How often published calendar versions are looked for and delivered to open tasks (ms). */
  CALENDAR_ROLLOUT_INTERVAL_MS: positiveInt(5_000),
  /** How often org chart versions that took effect are looked for, to re-home open tasks (ms). */
  ORG_CHART_REHOME_INTERVAL_MS: positiveInt(5_000),
});
export type OrchestratorConfig = z.infer<typeof orchestratorEnv>;

export const loadOrchestratorConfig = (env: Record<string, string | undefined> = process.env): OrchestratorConfig =>
  loadConfig(orchestratorEnv, env);
