import { Schema } from 'mongoose';

// One document per closed run, keyed by runId: archiving the same run twice is a
// duplicate key, which the archive treats as done (export is idempotent).
export const archivedRunSchema = new Schema(
  {
    _id: { type: String, required: true },
    runId: { type: String, required: true },
    workflowId: { type: String, required: true },
    workflowType: { type: String, required: true },
    taskId: { type: String, default: null },
    directiveId: { type: String, default: null },
    directiveNumber: { type: String, default: null },
    unitIds: { type: [String], default: [] },
    runIndex: { type: Number, required: true },
    firstRunId: { type: String, required: true },
    previousRunId: { type: String, default: null },
    nextRunId: { type: String, default: null },
    startedAt: { type: String, required: true },
    closedAt: { type: String, default: null },
    closeType: { type: String, default: null },
    eventCount: { type: Number, required: true },
    sha256: { type: String, required: true },
    encoding: { type: String, required: true },
    sizeBytes: { type: Number, required: true },
    storedBytes: { type: Number, required: true },
    archivedAt: { type: String, required: true },
    body: { type: Buffer, required: true },
  },
  { versionKey: false, collection: 'audit_histories', minimize: false },
);
archivedRunSchema.index({ taskId: 1, runIndex: 1 });
archivedRunSchema.index({ taskId: 1, closeType: 1 });
archivedRunSchema.index({ directiveId: 1 });
archivedRunSchema.index({ directiveNumber: 1 });
archivedRunSchema.index({ unitIds: 1 });
