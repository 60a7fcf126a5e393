import type { AuditEntryInput } from './audit-entry.types';

/** Refused requests that concern no directive go to this chain. */
export const ACCESS_CHAIN_PREFIX = 'access:';

export interface DeniedAccess {
  /** The directive the request was about, if known; else the service's access chain is used. */
  directiveId?: string | null;
  taskId?: string | null;
  /** The service that refused (names its access chain): 'directive-api', 'audit-api'. */
  service: string;
  /** Who tried, if the token could be read. */
  principal?: { userId: string; role: string; unitId: string } | null;
  method: string;
  path: string;
  /** 401 or 403. */
  status: number;
  reason: string;
  requestId?: string | null;
  at?: string;
}

/**
 * The audit entry for a refused request (a failed authentication or authorisation), for
 * any service's guard: `await trail.append(deniedAccessEntry({...}))`.
 */
export function deniedAccessEntry(denied: DeniedAccess): AuditEntryInput {
  return {
    directiveId: denied.directiveId || `${ACCESS_CHAIN_PREFIX}${denied.service}`,
    taskId: denied.taskId ?? null,
    who: denied.principal?.userId ?? 'anonymous',
    role: denied.principal?.role ?? 'unknown',
    unit: denied.principal?.unitId ?? 'unknown',
    what: denied.status === 401 ? 'auth.unauthenticated' : 'auth.forbidden',
    when: denied.at ?? new Date().toISOString(),
    requestId: denied.requestId ?? null,
    details: { service: denied.service, method: denied.method, path: denied.path, status: denied.status, reason: denied.reason },
  };
}
