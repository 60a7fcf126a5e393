import { consumerTransport } from '@dondoc/persistence';
import type { OrchestratorConfig } from './orchestrator.config';

/**
 * The orchestrator listens to assignments (task topic) and withdrawals (directive topic).
 * No processed-event store: its handlers are idempotent through Temporal itself (a task's
 * workflow ID starts once; a cancel of a closed task is refused and ignored), which saves
 * two MongoDB round trips per event on the path from issue to started workflow.
 */
export const orchestratorTransport = (config: OrchestratorConfig) =>
  consumerTransport({
    config,
    service: 'orchestrator',
    groupId: config.ORCHESTRATOR_GROUP_ID,
    subscribe: ['taskEvents', 'directiveEvents'],
    maxAttempts: config.ORCHESTRATOR_MAX_ATTEMPTS,
    recordProcessed: false,
  });
