import type { Divergence } from './replay.types';

// The SDK reports nondeterminism as text from its core, e.g.
//   "[TMPRL1100] Nondeterminism error: No command scheduled for event HistoryEvent(id: 5, ActivityTaskScheduled)"
//   "... Timer machine does not handle this event: HistoryEvent(id: 12, TimerStarted)"
// The first HistoryEvent(...) it names is the event the current code no longer produces.
const HISTORY_EVENT = /HistoryEvent\(\s*id:\s*(\d+),\s*([A-Za-z]+)/;
const EVENT_ID = /event(?:[ _]id)?[:= ]+(\d+)/i;

const CORE_MESSAGE = /\[TMPRL\d+\][^"]*/;

export function parseDivergence(fullMessage: string): Divergence {
  // The core's own sentence is the useful part of the SDK's long wrapper text.
  const message = CORE_MESSAGE.exec(fullMessage)?.[0].trim() ?? fullMessage;
  const named = HISTORY_EVENT.exec(message);
  if (named) return { eventId: Number(named[1]), eventType: named[2], message };
  const id = EVENT_ID.exec(message);
  return { eventId: id ? Number(id[1]) : null, eventType: null, message };
}
