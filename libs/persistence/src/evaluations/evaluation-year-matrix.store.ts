import { Schema, type AnyBulkWriteOperation, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';
import type { EvaluationCell, YearGrade } from './evaluation.repository';
import {
  placeCell,
  placeGrade,
  rowText,
  YEAR_MATRIX_VERSION,
  yearMatrixId,
  type Place,
  type YearMatrixDoc,
} from './evaluation-year-matrix.placement';

// The year matrix read model: one small document per (unit, year) with that unit's cells and
// grades of the year, so the whole province's year is read in 35 documents instead of
// 4,200 cells (SecantusDB's cost is per document fetched, ~0.1 ms each). The evaluations
// and grades collections stay the truth: this model is written beside them by the same
// repository methods and can be rebuilt from them at any time.

const schema = new Schema(
  {
    _id: String,
    unitId: String,
    year: Number,
    cells: Schema.Types.Mixed,
    grades: Schema.Types.Mixed,
    // The marker document only: the shape version the model was built for.
    version: Number,
    builtAt: String,
  },
  { versionKey: false, collection: 'evaluation_year_matrix', minimize: false },
);

// Every unit's document of a year, in unit order.
schema.index({ year: 1, unitId: 1 });

/** The marker: present with the current version once a rebuild completed. It has no `year`, so no year query meets it. */
const MARKER_ID = '#version';

/** Rebuild progress, for the log of whoever runs it. */
export interface RebuildProgress {
  phase: 'cells' | 'grades' | 'done';
  cells: number;
  grades: number;
  documents: number;
}

const FLUSH_DOCUMENTS = 20;

/** Rows in their indexes' order: a cursor, or an array. */
type Rows<T> = AsyncIterable<T> | Iterable<T>;

export class EvaluationYearMatrix {
  readonly model: Model<YearMatrixDoc>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.EvaluationYearMatrix as Model<YearMatrixDoc> | undefined) ??
      connection.model<YearMatrixDoc>('EvaluationYearMatrix', schema as Schema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  /** Writes one cell (a re-evaluation replaces it), leaving the unit's other cells alone. */
  async putCell(cell: EvaluationCell): Promise<void> {
    const place = placeCell(cell);
    if (place) await this.setPaths(place, { [place.path]: rowText(cell) });
  }

  async putGrade(grade: YearGrade): Promise<void> {
    const place = placeGrade(grade);
    await this.setPaths(place, { [place.path]: rowText(grade) });
  }

  /** Takes a cell out of its unit's document (the cell was re-recorded under another unit). */
  async removeCell(cell: Pick<EvaluationCell, 'unitId' | 'taskId' | 'period'>): Promise<void> {
    const place = placeCell(cell);
    if (place) await this.model.updateOne({ _id: place.docId }, { $unset: { [place.path]: '' } });
  }

  async removeGrade(grade: Pick<YearGrade, 'unitId' | 'taskId' | 'year'>): Promise<void> {
    const place = placeGrade(grade);
    await this.model.updateOne({ _id: place.docId }, { $unset: { [place.path]: '' } });
  }

  /** The documents of a year: every unit's, or only these units'. */
  async documents(filter: { unitIds?: readonly string[]; year: number }): Promise<YearMatrixDoc[]> {
    if (!filter.unitIds) return this.model.find({ year: filter.year }).lean<YearMatrixDoc[]>();
    const ids = filter.unitIds.map((u) => yearMatrixId(u, filter.year));
    if (ids.length === 0) return [];
    if (ids.length === 1) return this.model.find({ _id: ids[0] }).lean<YearMatrixDoc[]>();
    return this.model.find({ _id: { $in: ids } }).lean<YearMatrixDoc[]>();
  }

  async isCurrent(): Promise<boolean> {
    const marker = await this.model.findById(MARKER_ID).lean<{ version?: number }>();
    return marker?.version === YEAR_MATRIX_VERSION;
  }

  /**
   * Empties the model and fills it again from the cells and grades given in their indexes'
   * order (unit, then period or year), one write per unit's year, then sets the marker.
   * Writers running meanwhile lose nothing: a rebuild only `$set`s paths, as they do. A
   * rebuild cut short leaves no marker, so the next start rebuilds again.
   */
  async rebuild(
    source: { cells: Rows<EvaluationCell>; grades: Rows<YearGrade> },
    progress: (p: RebuildProgress) => void = () => undefined,
    at = new Date().toISOString(),
  ): Promise<RebuildProgress> {
    const counts: RebuildProgress = { phase: 'cells', cells: 0, grades: 0, documents: 0 };
    await this.model.deleteMany({});
    await this.fillFrom(source.cells, placeCell, counts, 'cells', progress);
    counts.phase = 'grades';
    await this.fillFrom(source.grades, placeGrade, counts, 'grades', progress);
    await this.model.updateOne({ _id: MARKER_ID }, { $set: { version: YEAR_MATRIX_VERSION, builtAt: at } }, { upsert: true });
    counts.phase = 'done';
    progress({ ...counts });
    return counts;
  }

  private async fillFrom<T extends EvaluationCell | YearGrade>(
    rows: Rows<T>,
    place: (row: T) => Place | undefined,
    counts: RebuildProgress,
    kind: 'cells' | 'grades',
    progress: (p: RebuildProgress) => void,
  ): Promise<void> {
    // Rows come grouped by unit and year: a group's paths go in one `$set`.
    const groups: { place: Place; set: Record<string, unknown> }[] = [];
    let group: { place: Place; set: Record<string, unknown> } | undefined;
    const close = async (last: boolean) => {
      if (group) groups.push(group);
      group = undefined;
      if (groups.length >= FLUSH_DOCUMENTS || (last && groups.length > 0)) {
        const batch = groups.splice(0);
        await this.writeGroups(batch);
        counts.documents += batch.length;
        progress({ ...counts });
      }
    };
    for await (const row of rows) {
      const p = place(row);
      counts[kind]++;
      if (!p) continue;
      if (group && group.place.docId !== p.docId) await close(false);
      group ??= { place: p, set: {} };
      group.set[p.path] = rowText(row);
    }
    await close(true);
  }

  private async writeGroups(groups: readonly { place: Place; set: Record<string, unknown> }[]): Promise<void> {
    const ops: AnyBulkWriteOperation<YearMatrixDoc>[] = groups.map((g) => upsertOp(g.place, g.set));
    try {
      await this.model.bulkWrite(ops, { ordered: false });
    } catch (e) {
      // A writer created one of these documents meanwhile: each `$set` again, one by one (idempotent).
      if (!isDuplicateKey(e)) throw e;
      for (const g of groups) await this.setPaths(g.place, g.set);
    }
  }

  private async setPaths(place: Place, paths: Record<string, unknown>): Promise<void> {
    const op = upsertOp(place, paths).updateOne;
    try {
      await this.model.updateOne(op.filter, op.update, { upsert: true });
    } catch (e) {
      // Two first writers of a unit's year raced to create its document: it exists now.
      if (!isDuplicateKey(e)) throw e;
      await this.model.updateOne(op.filter, op.update);
    }
  }
}

function upsertOp(place: Place, paths: Record<string, unknown>) {
  return {
    updateOne: {
      filter: { _id: place.docId },
      update: { $set: paths, $setOnInsert: { unitId: place.unitId, year: place.year } },
      upsert: true,
    },
  };
}
