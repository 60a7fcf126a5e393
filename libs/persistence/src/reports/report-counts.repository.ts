import { Schema, type Connection, type Model } from 'mongoose';

// The dashboard's counts read model: one small document per (unit, month) of report items
// per class, kept up to date with `$inc` where task rows are written (an `$inc` is atomic on
// the store, so two tasks of one unit changing at once both count). The default dashboard
// ("now") reads a window's few hundred of these instead of every task row.

export interface ReportCountsRow {
  _id: string;
  unitId: string;
  /** 'YYYY-MM' of the items' due day. */
  month: string;
  /** Items per fixed class: done_on_time, done_on_time_after_extension, done_late, overdue. */
  c?: Record<string, number>;
  /** Open items by the instant they turn overdue ('t<epoch ms>'; 'never': they do not). */
  open?: Record<string, number>;
  /** Escalated items not done. */
  escalated?: number;
}

/** `$inc` per document key ('unitId|YYYY-MM'), field paths as `c.done_late`, `open.t<ms>`, `escalated`. */
export type CountsDelta = ReadonlyMap<string, Readonly<Record<string, number>>>;

const META_ID = 'meta';

const reportCountsSchema = new Schema(
  {
    _id: { type: String, required: true },
    unitId: { type: String },
    month: { type: String },
    c: { type: Schema.Types.Mixed },
    open: { type: Schema.Types.Mixed },
    escalated: { type: Number },
    /** On the meta document only: the tally version the counts were built with. */
    version: { type: Number },
    rebuiltAt: { type: String },
  },
  { versionKey: false, collection: 'report_counts', minimize: false },
);
// The dashboard reads a window's months for the province, or one unit's (query-indexes spec).
reportCountsSchema.index({ month: 1 });
reportCountsSchema.index({ unitId: 1, month: 1 });

export const REPORT_COUNTS = Symbol('ReportCounts');

export class ReportCountsRepository {
  readonly model: Model<ReportCountsRow>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.ReportCounts as Model<ReportCountsRow> | undefined) ??
      connection.model<ReportCountsRow>('ReportCounts', reportCountsSchema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  /** Adds the delta, creating the (unit, month) documents it names. */
  async apply(delta: CountsDelta): Promise<void> {
    for (const [key, inc] of delta) {
      if (Object.keys(inc).length === 0) continue;
      const cut = key.lastIndexOf('|');
      await this.model.updateOne(
        { _id: key },
        { $inc: inc, $setOnInsert: { unitId: key.slice(0, cut), month: key.slice(cut + 1) } },
        { upsert: true },
      );
    }
  }

  /** The (unit, month) documents of these months, of one unit or all. */
  async read(months: readonly string[], unitId?: string): Promise<ReportCountsRow[]> {
    const filter = unitId ? { unitId, month: { $in: [...months] } } : { month: { $in: [...months] } };
    return this.model.find(filter, { _id: 0, unitId: 1, month: 1, c: 1, open: 1, escalated: 1 }).lean<ReportCountsRow[]>();
  }

  /** The tally version the counts were last rebuilt with (undefined: never built). */
  async version(): Promise<number | undefined> {
    const meta = await this.model.findById(META_ID, { version: 1 }).lean<{ version?: number }>();
    return meta?.version;
  }

  /** Replaces every count with these (a rebuild from the task rows), then records the version. */
  async replaceAll(rows: readonly ReportCountsRow[], version: number): Promise<void> {
    await this.model.deleteMany({});
    for (let i = 0; i < rows.length; i += 500) await this.model.insertMany(rows.slice(i, i + 500), { ordered: false });
    await this.model.updateOne({ _id: META_ID }, { $set: { version, rebuiltAt: new Date().toISOString() } }, { upsert: true });
  }
}
