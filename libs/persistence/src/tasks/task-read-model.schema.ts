import { Schema } from 'mongoose';

// The task read model: the latest snapshot the workflow published, plus the fields the
// API filters on. Listing and filtering tasks reads this, never Temporal.
export const taskReadModelSchema = new Schema(
  {
    _id: { type: String, required: true },
    directiveId: { type: String, required: true, index: true },
    directiveNumber: { type: String, required: true },
    itemRef: { type: String, required: true },
    leadUnitId: { type: String, required: true, index: true },
    supportUnitIds: { type: [String], default: [] },
    status: { type: String, required: true, index: true },
    overdue: { type: Boolean, default: false },
    escalationLevel: { type: Number, default: 0 },
    dueAt: { type: String, default: null },
    revision: { type: Number, required: true },
    projectedAt: { type: String, required: true },
    snapshot: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, collection: 'tasks', minimize: false },
);
