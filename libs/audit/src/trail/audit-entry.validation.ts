import type { AuditEntryInput } from './audit-entry.types';

/** Says exactly which field of an entry is unusable, before anything is written. */
export function auditEntryProblems(input: AuditEntryInput): string[] {
  const problems: string[] = [];
  for (const field of ['directiveId', 'who', 'role', 'unit', 'what', 'when'] as const) {
    if (typeof input[field] !== 'string' || input[field].trim() === '') problems.push(`${field} must be a non-empty string`);
  }
  if (typeof input.when === 'string' && Number.isNaN(Date.parse(input.when)))
    problems.push(`when must be an ISO instant (got '${input.when}')`);
  for (const field of ['taskId', 'requestId', 'sourceId'] as const) {
    const value = input[field];
    if (value !== undefined && value !== null && typeof value !== 'string') problems.push(`${field} must be a string or null`);
  }
  if (input.details !== undefined && (typeof input.details !== 'object' || input.details === null || Array.isArray(input.details))) {
    problems.push('details must be an object');
  }
  return problems;
}

export class InvalidAuditEntryError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid audit entry: ${problems.join('; ')}`);
    this.name = 'InvalidAuditEntryError';
  }
}
