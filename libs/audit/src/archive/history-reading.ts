// Reading the plain-JSON form of a workflow history (historyToPlainJson of libs/temporal):
// events, their instants and the JSON payloads they carry. Plain JSON, not the protobuf
// classes, because that is what the archive stores and downloads.

export interface PlainPayload {
  metadata?: Record<string, string>;
  data?: string;
}

export interface PlainEvent {
  eventId: string;
  eventTime?: { seconds?: string; nanos?: number };
  eventType: string;
  [attributes: string]: unknown;
}

export interface PlainHistory {
  events: PlainEvent[];
}

export function eventsOf(history: unknown): PlainEvent[] {
  const events = (history as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? (events as PlainEvent[]) : [];
}

export function eventInstant(event: PlainEvent): string {
  const seconds = Number(event.eventTime?.seconds ?? 0);
  const nanos = Number(event.eventTime?.nanos ?? 0);
  return new Date(seconds * 1000 + Math.floor(nanos / 1e6)).toISOString();
}

const JSON_PLAIN = Buffer.from('json/plain').toString('base64');

/** The value of a json/plain payload; undefined for any other encoding (e.g. binary/null). */
export function decodePayload(payload: PlainPayload | undefined): unknown {
  if (!payload || payload.metadata?.encoding !== JSON_PLAIN || payload.data === undefined) return undefined;
  return JSON.parse(Buffer.from(payload.data, 'base64').toString('utf8'));
}

export function attributes<T = Record<string, unknown>>(event: PlainEvent, name: string): T | undefined {
  return event[name] as T | undefined;
}

/** Type name without the proto prefix: 'EVENT_TYPE_TIMER_FIRED' → 'TimerFired'. */
export function shortEventType(eventType: string): string {
  return eventType
    .replace(/^EVENT_TYPE_/, '')
    .toLowerCase()
    .replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());
}
