import type { EvaluationCell, YearGrade } from './evaluation.repository';

// Where a cell or a grade lives in the year matrix read model: one document per (unit, year)
// holding that unit's cells and grades of the year, each under a field of its own, so one
// write `$set`s one path (the store applies an update to a document atomically: writers of
// different cells of a unit never lose each other's). Pure, so the placement is unit-tested.
//
// Each cell and grade is kept as its JSON text: the driver decodes a year's 4,200 cells as
// nested BSON documents in ~35 ms, as strings in ~6 ms plus ~8 ms of JSON.parse (measured on
// 1.45 MB, Node.js), and the API's budget for the whole answer is 50 ms.

/** Bumped when the documents' shape changes: the API rebuilds the model at start when it differs. */
export const YEAR_MATRIX_VERSION = 1;

/** The most cells a matrix answer holds (the API's page since the first matrix). */
export const MATRIX_PAGE = 5_000;
/** The most grades a year answer holds. */
export const GRADES_PAGE = 20_000;

export interface YearMatrixDoc {
  _id: string;
  unitId: string;
  year: number;
  /** Field name → the cell's JSON text. */
  cells?: Record<string, string>;
  /** Field name → the grade's JSON text. */
  grades?: Record<string, string>;
}

export interface Place {
  /** The (unit, year) document. */
  docId: string;
  unitId: string;
  year: number;
  /** The cell's or grade's path inside it. */
  path: string;
}

export const yearMatrixId = (unitId: string, year: number) => `${unitId}|${year}`;

/**
 * A field name for an id: MongoDB splits paths at '.', and a name may not start with '$'.
 * Task ids hold dots ("d0.1.so-noi-vu"), so '.', '$' and the escape '%' itself are written
 * as %XX: distinct ids stay distinct names.
 */
export const fieldName = (id: string) => id.replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The id a field name was written from. */
export const idOfField = (name: string) => name.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * The year whose matrix shows a period: the year Y with `Y-01` ≤ period < `Y+1-01`, the
 * range the matrix has always been read by; undefined when the period starts with no year.
 */
export function yearOfPeriod(period: string): number | undefined {
  const m = /^(\d{4})/.exec(period);
  if (!m) return undefined;
  const year = Number(m[1]);
  return period < `${m[1]}-01` ? year - 1 : year;
}

export const cellId = (cell: Pick<EvaluationCell, 'taskId' | 'period'>) => `${cell.taskId}|${cell.period}`;
export const gradeId = (grade: Pick<YearGrade, 'taskId' | 'year'>) => `${grade.taskId}|${grade.year}`;

export function placeCell(cell: Pick<EvaluationCell, 'unitId' | 'taskId' | 'period'>): Place | undefined {
  const year = yearOfPeriod(cell.period);
  if (year === undefined) return undefined;
  return { docId: yearMatrixId(cell.unitId, year), unitId: cell.unitId, year, path: `cells.${fieldName(cellId(cell))}` };
}

export function placeGrade(grade: Pick<YearGrade, 'unitId' | 'taskId' | 'year'>): Place {
  return {
    docId: yearMatrixId(grade.unitId, grade.year),
    unitId: grade.unitId,
    year: grade.year,
    path: `grades.${fieldName(gradeId(grade))}`,
  };
}

/** MongoDB's order of one sort key's values: null and missing first, then strings by code unit. */
function byKey(x: string | null | undefined, y: string | null | undefined): number {
  if (x === y) return 0;
  if (x === null || x === undefined) return -1;
  if (y === null || y === undefined) return 1;
  return x < y ? -1 : 1;
}
// Hand-written, not `compareBy` (a path split per comparison): 4,200 cells are sorted per request.
const cellOrder = (a: EvaluationCell, b: EvaluationCell) =>
  byKey(a.unitId, b.unitId) || byKey(a.period, b.period) || byKey(a.taskId, b.taskId);
const gradeOrder = (a: YearGrade, b: YearGrade) => byKey(a.unitId, b.unitId) || byKey(a.taskId, b.taskId);

/** A row as the read model keeps it: its JSON text, keys in the order the collection holds them. */
export const rowText = (row: EvaluationCell | YearGrade) => JSON.stringify(row);

/**
 * The year answer from its units' documents: the same rows, in the same order and pages, as
 * the evaluations and grades collections give for the year (cells by unit, period, task;
 * grades by unit, task).
 */
export function yearAnswer(docs: readonly YearMatrixDoc[]): { grades: YearGrade[]; months: EvaluationCell[] } {
  const rows = <T>(texts: Record<string, string> | undefined) => Object.values(texts ?? {}).map((t) => JSON.parse(t) as T);
  const grades = docs.flatMap((d) => rows<YearGrade>(d.grades)).sort(gradeOrder);
  const months = docs.flatMap((d) => rows<EvaluationCell>(d.cells)).sort(cellOrder);
  return { grades: grades.slice(0, GRADES_PAGE), months: months.slice(0, MATRIX_PAGE) };
}

/**
 * The year answer as the API sends it, `{"year":…,"grades":[…],"months":[…]}`, the same bytes
 * as `JSON.stringify({ year, ...yearAnswer(docs) })` without parsing the stored texts and
 * writing them again (~10 ms of a 50 ms budget): rows are ordered by what their field names
 * and documents say (unit, then the `taskId|period` or `taskId|year` they were placed by).
 */
export function yearAnswerText(year: number, docs: readonly YearMatrixDoc[]): string {
  const keyed = (d: YearMatrixDoc, texts: Record<string, string> | undefined) =>
    Object.entries(texts ?? {}).map(([name, text]) => {
      const id = idOfField(name);
      const bar = id.lastIndexOf('|');
      return { unitId: d.unitId, taskId: id.slice(0, bar), period: id.slice(bar + 1), text };
    });
  const grades = docs.flatMap((d) => keyed(d, d.grades)).sort((a, b) => byKey(a.unitId, b.unitId) || byKey(a.taskId, b.taskId));
  const months = docs
    .flatMap((d) => keyed(d, d.cells))
    .sort((a, b) => byKey(a.unitId, b.unitId) || byKey(a.period, b.period) || byKey(a.taskId, b.taskId));
  const list = (rows: { text: string }[], page: number) =>
    rows
      .slice(0, page)
      .map((r) => r.text)
      .join(',');
  return `{"year":${JSON.stringify(year)},"grades":[${list(grades, GRADES_PAGE)}],"months":[${list(months, MATRIX_PAGE)}]}`;
}
