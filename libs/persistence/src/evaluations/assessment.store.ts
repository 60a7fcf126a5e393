import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';
import { updateIf } from '../query/update-if';

// What the assessor entered for a unit and evaluation period (general-criteria points,
// objective causes, quality verdicts, forcing cases), one document per (unit, period).
// Editable at the revision the assessor saw while open; closing freezes it together with
// the calculation it gave, so a closed evaluation is never recomputed silently. The input's
// shape belongs to @dondoc/reports (validated there); this store keeps it as given.

export interface StoredAssessment<I = Record<string, unknown>, F = unknown> {
  readonly id: string;
  readonly unitId: string;
  readonly period: string;
  readonly status: 'open' | 'closed';
  readonly revision: number;
  readonly input: I;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly closedAt?: string;
  readonly closedBy?: string;
  /** The calculation as it stood when the period was closed. */
  readonly frozen?: F;
}

const schema = new Schema(
  {
    _id: String,
    unitId: String,
    period: String,
    status: String,
    revision: Number,
    input: Schema.Types.Mixed,
    updatedAt: String,
    updatedBy: String,
    closedAt: String,
    closedBy: String,
    frozen: Schema.Types.Mixed,
  },
  { versionKey: false, collection: 'evaluation_assessments', minimize: false },
);

// The assessments of a window's periods (a year, its quarters and months): one indexed `$in`.
schema.index({ period: 1 });

export const ASSESSMENT_STORE = Symbol('AssessmentStore');

export class AssessmentConflict extends Error {
  constructor(
    readonly id: string,
    readonly current: StoredAssessment | null,
  ) {
    super(
      current?.status === 'closed'
        ? `Kỳ đánh giá ${id} đã khóa ngày ${current.closedAt ?? ''}, không sửa được (the period is closed)`
        : current
          ? `Đánh giá ${id} đã được sửa (phiên bản ${current.revision}); tải lại rồi sửa (stale revision)`
          : `Chưa có đánh giá ${id}: gửi revision 0 để tạo (no assessment yet; send revision 0)`,
    );
    this.name = 'AssessmentConflict';
  }
}

export const assessmentId = (unitId: string, period: string) => `${unitId}|${period}`;

const toAssessment = <I, F>(doc: Record<string, unknown> | null): StoredAssessment<I, F> | null => {
  if (!doc) return null;
  const { _id, ...rest } = doc;
  return { ...rest, id: _id } as unknown as StoredAssessment<I, F>;
};

export class AssessmentStore {
  readonly model: Model<Record<string, unknown>>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.EvaluationAssessment as Model<Record<string, unknown>> | undefined) ??
      connection.model<Record<string, unknown>>('EvaluationAssessment', schema as Schema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  async find<I, F>(unitId: string, period: string): Promise<StoredAssessment<I, F> | null> {
    return toAssessment<I, F>(await this.model.findById(assessmentId(unitId, period)).lean<Record<string, unknown>>());
  }

  /** Every assessment of these periods (a report's window and the periods inside it). */
  async forPeriods<I, F>(periods: readonly string[]): Promise<StoredAssessment<I, F>[]> {
    const docs = await this.model
      .find({ period: { $in: [...periods] } })
      .limit(20_000)
      .lean<Record<string, unknown>[]>();
    return docs.map((d) => toAssessment<I, F>(d) as StoredAssessment<I, F>);
  }

  /** Creates (revision 0) or replaces the input of an open assessment at the revision the caller saw. */
  async save<I, F>(unitId: string, period: string, revision: number, input: I, by: string, at: string): Promise<StoredAssessment<I, F>> {
    const id = assessmentId(unitId, period);
    let won: boolean;
    if (revision === 0) {
      try {
        await this.model.create({ _id: id, unitId, period, status: 'open', revision: 1, input, updatedAt: at, updatedBy: by });
        won = true;
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
        won = false;
      }
    } else {
      won = await updateIf(
        this.model,
        { _id: id, status: 'open', revision },
        { $set: { input, updatedAt: at, updatedBy: by }, $inc: { revision: 1 } },
      );
    }
    return this.afterWrite<I, F>(unitId, period, won);
  }

  /** open → closed, once, with the calculation it gave: from then on it is read, never recomputed. */
  async close<I, F>(unitId: string, period: string, revision: number, frozen: F, by: string, at: string): Promise<StoredAssessment<I, F>> {
    const won = await updateIf(
      this.model,
      { _id: assessmentId(unitId, period), status: 'open', revision },
      { $set: { status: 'closed', frozen, closedAt: at, closedBy: by, updatedAt: at, updatedBy: by }, $inc: { revision: 1 } },
    );
    return this.afterWrite<I, F>(unitId, period, won);
  }

  private async afterWrite<I, F>(unitId: string, period: string, won: boolean): Promise<StoredAssessment<I, F>> {
    const current = await this.find<I, F>(unitId, period);
    if (!won || !current) throw new AssessmentConflict(assessmentId(unitId, period), current as StoredAssessment | null);
    return current;
  }
}
