import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';
import { findAnyOf } from '../query/find-any-of';
import { cellId, gradeId, GRADES_PAGE, MATRIX_PAGE, yearAnswer, yearAnswerText } from './evaluation-year-matrix.placement';
import { EvaluationYearMatrix, type RebuildProgress } from './evaluation-year-matrix.store';

// The unit × month evaluation matrix (one cell per task and period, from task.evaluated)
// and the year-end grades (from unit.graded). Keyed by business keys, so a replayed
// event rewrites the same cell. Each write also places the cell or grade in the year matrix
// read model (one document per unit and year), which answers a whole year.

export interface EvaluationCell {
  _id: string;
  unitId: string;
  period: string;
  taskId: string;
  directiveId: string;
  directiveNumber: string;
  itemRef: string;
  result: 'on_time' | 'late' | 'missing' | 'not_due';
  note: string;
  ruleId: string;
  at: string;
}

export interface YearGrade {
  _id: string;
  unitId: string;
  year: number;
  taskId: string;
  directiveId: string;
  directiveNumber: string;
  itemRef: string;
  grade: string;
  gradeLabel: string;
  score: number | null;
  ruleId: string;
  at: string;
}

const cellSchema = new Schema(
  {
    _id: String,
    unitId: String,
    period: { type: String, index: true },
    taskId: String,
    directiveId: String,
    directiveNumber: String,
    itemRef: String,
    result: String,
    note: String,
    ruleId: String,
    at: String,
  },
  { versionKey: false, collection: 'evaluations' },
);

const gradeSchema = new Schema(
  {
    _id: String,
    unitId: String,
    year: Number,
    taskId: String,
    directiveId: String,
    directiveNumber: String,
    itemRef: String,
    grade: String,
    gradeLabel: String,
    score: { type: Number, default: null },
    ruleId: String,
    at: String,
  },
  { versionKey: false, collection: 'year_grades' },
);

// The matrix of some units over a period or a year, in the order it is shown.
cellSchema.index({ unitId: 1, period: 1, taskId: 1 });
gradeSchema.index({ year: 1, unitId: 1, taskId: 1 });

export const EVALUATION_REPOSITORY = Symbol('EvaluationRepository');

export class EvaluationRepository {
  readonly cells: Model<EvaluationCell>;
  readonly grades: Model<YearGrade>;
  readonly yearMatrix: EvaluationYearMatrix;

  constructor(connection: Connection) {
    this.cells =
      (connection.models.EvaluationCell as Model<EvaluationCell> | undefined) ??
      connection.model<EvaluationCell>('EvaluationCell', cellSchema);
    this.grades = (connection.models.YearGrade as Model<YearGrade> | undefined) ?? connection.model<YearGrade>('YearGrade', gradeSchema);
    this.yearMatrix = new EvaluationYearMatrix(connection);
  }

  async init(): Promise<void> {
    await Promise.all([this.cells.init(), this.grades.init(), this.yearMatrix.init()]);
  }

  async recordPeriod(cell: Omit<EvaluationCell, '_id'>): Promise<void> {
    const _id = cellId(cell);
    // A task's events arrive in order (keyed by task), so nothing writes this cell meanwhile.
    const before = await this.cells.findById(_id, { unitId: 1 }).lean<Pick<EvaluationCell, 'unitId'>>();
    await upsert(this.cells, _id, cell);
    if (before && before.unitId !== cell.unitId) await this.yearMatrix.removeCell({ ...cell, unitId: before.unitId });
    // The row as stored, read back: SecantusDB orders an upsert's fields its own way
    // (lexicographically), and the year answer keeps the collection's bytes.
    const stored = await this.cells.findById(_id).lean<EvaluationCell>();
    if (stored) await this.yearMatrix.putCell(stored);
  }

  async recordGrade(grade: Omit<YearGrade, '_id'>): Promise<void> {
    const _id = gradeId(grade);
    const before = await this.grades.findById(_id, { unitId: 1 }).lean<Pick<YearGrade, 'unitId'>>();
    await upsert(this.grades, _id, grade);
    if (before && before.unitId !== grade.unitId) await this.yearMatrix.removeGrade({ ...grade, unitId: before.unitId });
    const stored = await this.grades.findById(_id).lean<YearGrade>();
    if (stored) await this.yearMatrix.putGrade(stored);
  }

  /**
   * A whole year (every unit's, or these units'): the same answer as `yearGrades` and
   * `matrix({ year })`, read from the year matrix read model in one document per unit.
   */
  async year(filter: { unitIds?: string[]; year: number }): Promise<{ grades: YearGrade[]; months: EvaluationCell[] }> {
    return yearAnswer(await this.yearMatrix.documents(filter));
  }

  /** `year()` as the JSON text of `{ year, grades, months }`, the stored rows written as they are (what the API sends). */
  async yearText(filter: { unitIds?: string[]; year: number }): Promise<string> {
    return yearAnswerText(filter.year, await this.yearMatrix.documents(filter));
  }

  /** Builds the year matrix read model from the cells and grades unless it is current; true when it built. */
  async ensureYearMatrix(progress?: (p: RebuildProgress) => void): Promise<boolean> {
    if (await this.yearMatrix.isCurrent()) return false;
    await this.rebuildYearMatrix(progress);
    return true;
  }

  /** Rebuilds the year matrix read model from the cells and grades (after writes that bypassed this repository). */
  async rebuildYearMatrix(progress?: (p: RebuildProgress) => void): Promise<RebuildProgress> {
    return this.yearMatrix.rebuild(
      {
        cells: this.cells.find().sort({ unitId: 1, period: 1, taskId: 1 }).lean<EvaluationCell[]>().cursor(),
        grades: this.grades.find().sort({ year: 1, unitId: 1, taskId: 1 }).lean<YearGrade[]>().cursor(),
      },
      progress,
    );
  }

  async matrix(filter: { unitIds?: string[]; period?: string; year?: number }): Promise<EvaluationCell[]> {
    const query: Record<string, unknown> = {};
    if (filter.period) query.period = filter.period;
    // `$lt` the next January, not `$lte` December: SecantusDB 0.7 treats an `$lte` bound on a
    // non-leading field of a compound index as exclusive and drops December (found by the
    // STORE benchmark; test/integration/store records the defect).
    else if (filter.year) query.period = { $gte: `${filter.year}-01`, $lt: `${filter.year + 1}-01` };
    const page = { sort: { unitId: 1, period: 1, taskId: 1 } as const, limit: MATRIX_PAGE };
    if (filter.unitIds) return findAnyOf(this.cells, { field: 'unitId', values: filter.unitIds, rest: query, ...page });
    return this.cells.find(query).sort(page.sort).limit(page.limit).lean<EvaluationCell[]>();
  }

  async yearGrades(filter: { unitIds?: string[]; year: number }): Promise<YearGrade[]> {
    const page = { sort: { unitId: 1, taskId: 1 } as const, limit: GRADES_PAGE };
    if (filter.unitIds) return findAnyOf(this.grades, { field: 'unitId', values: filter.unitIds, rest: { year: filter.year }, ...page });
    return this.grades.find({ year: filter.year }).sort(page.sort).limit(page.limit).lean<YearGrade[]>();
  }
}

async function upsert<T>(model: Model<T>, id: string, value: object): Promise<void> {
  try {
    await model.updateOne({ _id: id } as never, { $set: value } as never, { upsert: true });
  } catch (e) {
    // Two deliveries racing on the same cell: the other one wrote the same facts.
    if (!isDuplicateKey(e)) throw e;
  }
}
