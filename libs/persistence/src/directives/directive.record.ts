import type { Actor, DirectiveDraft } from '@dondoc/contracts';
import type { OutboxChunkManifest } from './directive-outbox-chunks';

export const DIRECTIVE_STATUSES = ['draft', 'issued', 'withdrawn'] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];

/** One task × lead unit created when the directive was issued. */
export interface DirectiveAssignment {
  taskId: string;
  itemRef: string;
  leadUnitId: string;
}

/** An event waiting in the directive's outbox (the envelope as JSON, exactly as it goes to Kafka). */
export interface OutboxEntry {
  eventId: string;
  type: string;
  topic: string;
  key: string;
  value: string;
}

export interface DirectiveRecord extends DirectiveDraft {
  id: string;
  status: DirectiveStatus;
  createdBy: Actor;
  createdAt: string;
  issuedAt: string | null;
  issuedBy: Actor | null;
  withdrawnAt: string | null;
  withdrawnBy?: Actor | null;
  withdrawReason: string | null;
  assignments: DirectiveAssignment[];
  /**
   * The outbox is, in order, the events in chunk documents (`outboxChunks`, absent on
   * directives issued before chunks), then the events written into this document later
   * (`outbox`: a withdrawal). `outboxCount` counts both; the relay's cursor says how many are on Kafka.
   */
  outbox: OutboxEntry[];
  outboxChunks?: OutboxChunkManifest | null;
  outboxCount: number;
}
