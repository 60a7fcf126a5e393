import { consumerTransport } from '@dondoc/persistence';
import type { AuditConfig } from './audit.config';

/**
 * The audit consumer reads directive and task facts into the hash-chained trail. It keeps
 * processed-event records: appending to a chain twice would be a second entry.
 */
export const auditTransport = (config: AuditConfig) =>
  consumerTransport({
    config,
    service: 'audit',
    groupId: config.AUDIT_GROUP_ID,
    subscribe: ['directiveEvents', 'taskEvents'],
    recordProcessed: true,
  });
