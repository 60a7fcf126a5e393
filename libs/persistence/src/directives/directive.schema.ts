import { Schema } from 'mongoose';
import { DIRECTIVE_STATUSES } from './directive.record';

// The directive aggregate: issuing writes the new status, the assignments and the name of
// its outbox chunks (written just before, see directive-outbox-chunks.ts) in ONE
// conditional single-document update, so an issue is all or nothing and has exactly one
// winner without a multi-document transaction. Only the API writes this document; what the relay has sent is kept
// elsewhere (outbox cursors), so the relay never contends with the API for it. Nested
// shapes are validated by zod at the boundary, so they are stored as Mixed and mongoose
// does not re-cast them.
export const directiveSchema = new Schema(
  {
    _id: { type: String, required: true },
    number: { type: String, required: true },
    date: { type: String, required: true },
    subject: { type: String, required: true },
    /** Number, subject and task texts folded (no diacritics, lower case): what `q` searches. */
    searchText: { type: String, default: '' },
    issuerUnitId: { type: String, required: true, index: true },
    signer: { type: Schema.Types.Mixed, default: null },
    tasks: { type: [Schema.Types.Mixed], default: [] },
    status: { type: String, required: true, enum: DIRECTIVE_STATUSES },
    createdBy: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: String, required: true },
    issuedAt: { type: String, default: null },
    issuedBy: { type: Schema.Types.Mixed, default: null },
    withdrawnAt: { type: String, default: null },
    withdrawnBy: { type: Schema.Types.Mixed, default: null },
    withdrawReason: { type: String, default: null },
    assignments: { type: [Schema.Types.Mixed], default: [] },
    outbox: { type: [Schema.Types.Mixed], default: [] },
    /** The winning issue's chunks: `{ issueId, sizes }`. */
    outboxChunks: { type: Schema.Types.Mixed, default: null },
    /** outbox.length, kept so the relay can find directives with events without loading them. */
    outboxCount: { type: Number, default: 0, index: true },
  },
  { versionKey: false, collection: 'directives', minimize: false },
);
// A number is unique per issuing unit: the same letter cannot be drafted twice.
directiveSchema.index({ issuerUnitId: 1, number: 1 }, { unique: true });
// The directive that assigned a task.
directiveSchema.index({ 'assignments.taskId': 1 });
// The list in date order, newest first, walked backwards per status (the list names every
// status, see directiveConditions): a page reads its 20 directives, not all of them sorted;
// the first for a unit's list (the directives addressed to it), the second for everyone's.
directiveSchema.index({ 'assignments.leadUnitId': 1, status: 1, date: 1, _id: 1 });
directiveSchema.index({ status: 1, date: 1, _id: 1 });
/** Indexes of earlier versions that one above replaces (dropped at start). */
export const SUPERSEDED_DIRECTIVE_INDEXES = ['status_1', 'assignments.leadUnitId_1_status_1_date_-1'] as const;
