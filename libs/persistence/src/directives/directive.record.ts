import type { Actor, DirectiveDraft } from '@dondoc/contracts';

export type DirectiveStatus = 'draft' | 'issued' | 'withdrawn';

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
  /** Outbox: every event this directive produced, in order (the relay's cursor says how many are on Kafka). */
  outbox: OutboxEntry[];
  outboxCount: number;
}
