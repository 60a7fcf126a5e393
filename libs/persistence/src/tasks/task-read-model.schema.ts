import { Schema } from 'mongoose';

// The task read model: the latest snapshot the workflow published, plus the fields the
// API filters on. Listing and filtering tasks reads this, never Temporal.
export const taskReadModelSchema = new Schema(
  {
    _id: { type: String, required: true },
    directiveId: { type: String, required: true },
    directiveNumber: { type: String, required: true },
    itemRef: { type: String, required: true },
    leadUnitId: { type: String, required: true },
    supportUnitIds: { type: [String], default: [] },
    /** leadUnitId and supportUnitIds in one array: "tasks of these units" is one indexed $in (no $or). */
    unitIds: { type: [String], default: [] },
    status: { type: String, required: true },
    overdue: { type: Boolean, default: false },
    escalationLevel: { type: Number, default: 0 },
    dueAt: { type: String, default: null },
    revision: { type: Number, required: true },
    projectedAt: { type: String, required: true },
    /** Folded (no diacritics) directive number, item and text: what `q` searches. */
    searchText: { type: String, default: '' },
    /** What the row adds to the dashboard's counts, and its items' 'YYYY-MM|class' keys (report-counts). */
    reportTally: { type: Schema.Types.Mixed },
    reportKeys: { type: [String], default: undefined },
    snapshot: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, collection: 'tasks', minimize: false },
);
// Each index serves the queries of TaskReadModelRepository.list and of the audit's archiver;
// test/integration/store/query-indexes.int-spec.ts lists every query with its index. The
// list's order (directive, item, unit) follows its equalities, so a page is read in index order
// and stops at its limit instead of sorting every row of a unit (ascending fields: SecantusDB
// walks only those in order, test/integration/store/ordered-index-scan.int-spec.ts).
taskReadModelSchema.index({ unitIds: 1, status: 1, directiveId: 1, itemRef: 1, leadUnitId: 1 });
// A unit's to-do groups (GET /v1/tasks?group=…), in deadline order then the list's: overdue
// tasks of a status (all equalities, counted from the index entries), tasks due before a date
// (the range after the equalities bounds the walk and the count); a page reads its rows only.
taskReadModelSchema.index({ unitIds: 1, status: 1, overdue: 1, dueAt: 1, directiveId: 1, itemRef: 1, leadUnitId: 1 });
// The same groups province-wide (a leader's or an issuer's GET /v1/tasks?group=…). Not multikey,
// it also shows the store that `dueAt` is never an array, which the walk by deadline needs.
taskReadModelSchema.index({ status: 1, overdue: 1, dueAt: 1, directiveId: 1, itemRef: 1, leadUnitId: 1 });
taskReadModelSchema.index({ directiveId: 1, itemRef: 1, leadUnitId: 1 });
taskReadModelSchema.index({ status: 1, directiveId: 1, itemRef: 1, leadUnitId: 1 });
taskReadModelSchema.index({ 'snapshot.finishedAt': 1 });
// The dashboard's drill-down: the rows whose report items are of one class in the window's months;
// the escalations waiting at one level, walked by deadline (a page, not every escalated row).
taskReadModelSchema.index({ reportKeys: 1, escalationLevel: 1, dueAt: 1, _id: 1 });
/** Indexes of earlier versions that one above replaces (dropped at start). */
export const SUPERSEDED_TASK_INDEXES = ['unitIds_1_status_1_overdue_1_dueAt_1', 'reportKeys_1'] as const;
