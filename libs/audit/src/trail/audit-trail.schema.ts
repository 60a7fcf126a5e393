import { Schema } from 'mongoose';

// The audit trail's collections. (directiveId, seq) is unique, so two services appending
// at once cannot fork a chain: the second insert fails and is retried on the new head.
// (directiveId, dedupKey) is unique, so a redelivered source is recorded once. dedupKey is
// the sourceId, or the entry's own hash when there is none (unique anyway), because a
// unique index over a field that is often null would clash on the nulls.

export const auditEntrySchema = new Schema(
  {
    directiveId: { type: String, required: true },
    seq: { type: Number, required: true },
    taskId: { type: String, default: null },
    who: { type: String, required: true },
    role: { type: String, required: true },
    unit: { type: String, required: true },
    what: { type: String, required: true },
    when: { type: String, required: true },
    requestId: { type: String, default: null },
    sourceId: { type: String, default: null },
    details: { type: Schema.Types.Mixed, default: {} },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
    seal: { type: Schema.Types.Mixed, default: undefined },
    dedupKey: { type: String, required: true },
    recordedAt: { type: String, required: true },
  },
  { versionKey: false, collection: 'audit_entries', minimize: false },
);
auditEntrySchema.index({ directiveId: 1, seq: 1 }, { unique: true });
auditEntrySchema.index({ directiveId: 1, dedupKey: 1 }, { unique: true });
auditEntrySchema.index({ taskId: 1, seq: 1 });
// The heads publisher reads what was recorded since its last pass.
auditEntrySchema.index({ recordedAt: 1 });

export const auditCheckpointSchema = new Schema(
  {
    directiveId: { type: String, required: true },
    seq: { type: Number, required: true },
    hash: { type: String, required: true },
    at: { type: String, required: true },
    seal: { type: Schema.Types.Mixed, default: undefined },
  },
  { versionKey: false, collection: 'audit_checkpoints' },
);
auditCheckpointSchema.index({ directiveId: 1, seq: 1 }, { unique: true });
