import { temporal } from '@temporalio/proto';

// Workflow histories as plain JSON (for golden files and the audit archive) and back.
// The SDK's historyToJSON relies on protobufjs reflection, which breaks when a module
// registry loads protobufjs twice (jest does); toObject/fromObject do not.

type History = temporal.api.history.v1.IHistory;
const HistoryType = temporal.api.history.v1.History;

export function historyToPlainJson(history: History): Record<string, unknown> {
  return HistoryType.toObject(HistoryType.fromObject(history), { longs: String, enums: String, bytes: String });
}

export function historyFromPlainJson(json: unknown): temporal.api.history.v1.History {
  return HistoryType.fromObject(json as Record<string, unknown>);
}
