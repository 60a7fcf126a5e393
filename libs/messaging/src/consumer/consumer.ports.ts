/** Event ids a consumer has handled, so a redelivered or replayed event is a no-op. */
export interface ProcessedEventStore {
  has(consumer: string, eventId: string): Promise<boolean>;
  /** Idempotent: marking twice is fine. */
  mark(consumer: string, eventId: string, type: string): Promise<void>;
}

/** A message a consumer gave up on, with why: kept for people, never retried automatically. */
export interface DeadLetter {
  consumer: string;
  reason: string;
  problems: string[];
  source: { topic: string; partition: number; offset: string; key: string | null };
  eventId: string | null;
  type: string | null;
  /** The original bytes as text (they may not be JSON at all). */
  original: string;
  at: string;
}

export interface DeadLetterRecorder {
  /** Idempotent by (consumer, topic, partition, offset). */
  record(letter: DeadLetter): Promise<void>;
}

export const PROCESSED_EVENTS = Symbol('ProcessedEventStore');
export const DEAD_LETTER_RECORDER = Symbol('DeadLetterRecorder');
