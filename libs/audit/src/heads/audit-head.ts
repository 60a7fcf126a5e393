import type { Seal } from '../signing/audit-seal';

/** The sealed head of one directive's chain, as published outside MongoDB. */
export interface AuditHead {
  directiveId: string;
  seq: number;
  hash: string;
  seal: Seal;
  /** When the head entry was recorded. */
  recordedAt: string;
}

/** What `dondoc audit heads` writes: a file an auditor keeps, to catch a cut tail later. */
export interface AuditHeadsExport {
  format: 'dondoc-audit-heads/v1';
  exportedAt: string;
  heads: AuditHead[];
}

export function headsExport(heads: Iterable<AuditHead>, now = new Date()): AuditHeadsExport {
  return {
    format: 'dondoc-audit-heads/v1',
    exportedAt: now.toISOString(),
    heads: [...heads].sort((a, b) => a.directiveId.localeCompare(b.directiveId)),
  };
}

/** Reads an export; a file that is not one says so in Vietnamese and English. */
export function parseHeadsExport(text: string): AuditHeadsExport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('Tệp đầu chuỗi không phải JSON (the heads file is not JSON).');
  }
  const value = parsed as Partial<AuditHeadsExport>;
  if (value?.format !== 'dondoc-audit-heads/v1' || !Array.isArray(value.heads)) {
    throw new Error('Tệp đầu chuỗi không đúng định dạng dondoc-audit-heads/v1 (not a dondoc audit heads export).');
  }
  return value as AuditHeadsExport;
}
