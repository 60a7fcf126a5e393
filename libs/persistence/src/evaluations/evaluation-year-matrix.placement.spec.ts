import type { EvaluationCell, YearGrade } from './evaluation.repository';
import {
  fieldName,
  idOfField,
  placeCell,
  placeGrade,
  rowText,
  yearAnswer,
  yearAnswerText,
  yearMatrixId,
  yearOfPeriod,
  type YearMatrixDoc,
} from './evaluation-year-matrix.placement';

const cell = (unitId: string, taskId: string, period: string): EvaluationCell => ({
  _id: `${taskId}|${period}`,
  unitId,
  period,
  taskId,
  directiveId: 'd',
  directiveNumber: '1/UBND',
  itemRef: '1',
  result: 'on_time',
  note: '',
  ruleId: 'r',
  at: `${period}-28T16:00:00.000Z`,
});
const grade = (unitId: string, taskId: string, year: number): YearGrade => ({
  _id: `${taskId}|${year}`,
  unitId,
  year,
  taskId,
  directiveId: 'd',
  directiveNumber: '1/UBND',
  itemRef: '1',
  grade: 'good',
  gradeLabel: 'Hoàn thành tốt',
  score: 0.9,
  ruleId: 'r',
  at: `${year + 1}-01-01T00:00:00.000Z`,
});

/** Documents built as the store builds them: each row under its placed path. */
function documentsOf(cells: EvaluationCell[], grades: YearGrade[]): YearMatrixDoc[] {
  const docs = new Map<string, YearMatrixDoc>();
  const put = (place: { docId: string; unitId: string; year: number; path: string }, row: EvaluationCell | YearGrade) => {
    const doc = docs.get(place.docId) ?? { _id: place.docId, unitId: place.unitId, year: place.year };
    const [field, name] = place.path.split('.') as ['cells' | 'grades', string];
    (doc[field] ??= {})[name] = rowText(row);
    docs.set(place.docId, doc);
  };
  for (const c of cells) put(placeCell(c) as never, c);
  for (const g of grades) put(placeGrade(g), g);
  return [...docs.values()];
}

describe('year matrix placement', () => {
  it('puts a cell in its unit’s document of the period’s year, under a path of its own', () => {
    expect(placeCell(cell('so-noi-vu', 't1', '2026-03'))).toEqual({
      docId: 'so-noi-vu|2026',
      unitId: 'so-noi-vu',
      year: 2026,
      path: 'cells.t1|2026-03',
    });
    expect(placeGrade(grade('so-noi-vu', 't1', 2026))).toEqual({
      docId: 'so-noi-vu|2026',
      unitId: 'so-noi-vu',
      year: 2026,
      path: 'grades.t1|2026',
    });
    expect(yearMatrixId('so-y-te', 2025)).toBe('so-y-te|2025');
  });

  it('escapes what MongoDB reads in a path, and keeps distinct ids distinct', () => {
    // Task ids hold dots: "d0.1.so-noi-vu" must stay one field, not three nested ones.
    expect(placeCell(cell('u', 'd0.1.so-noi-vu', '2026-01'))?.path).toBe('cells.d0%2E1%2Eso-noi-vu|2026-01');
    expect(fieldName('$x')).toBe('%24x');
    const ids = ['a.b', 'a%2Eb', 'a$b', 'a%24b', 'a%b', 'a%25b', 'ab'];
    const names = ids.map(fieldName);
    expect(new Set(names).size).toBe(ids.length);
    for (const n of names) {
      expect(n).not.toMatch(/[.$]/);
    }
  });

  it('gives a period the year whose range the matrix was always read by', () => {
    expect(yearOfPeriod('2026-01')).toBe(2026);
    expect(yearOfPeriod('2026-12')).toBe(2026);
    // `$gte 2025-01, $lt 2026-01` held a bare "2026": it stays in 2025's answer.
    expect(yearOfPeriod('2026')).toBe(2025);
    expect(yearOfPeriod('Q1-2026')).toBeUndefined();
    expect(placeCell(cell('u', 't', 'later'))).toBeUndefined();
  });

  it('answers a year in the collections’ order: cells by unit, period, task; grades by unit, task', () => {
    const cells = [
      cell('so-y-te', 't2', '2026-02'),
      cell('so-noi-vu', 't9', '2026-01'),
      cell('so-y-te', 't1', '2026-02'),
      cell('so-noi-vu', 't1', '2026-12'),
      cell('so-noi-vu', 't10', '2026-01'),
    ];
    const grades = [grade('so-y-te', 't1', 2026), grade('so-noi-vu', 't9', 2026), grade('so-noi-vu', 't1', 2026)];
    const answer = yearAnswer(documentsOf(cells, grades).reverse());
    expect(answer.months.map((c) => `${c.unitId} ${c.period} ${c.taskId}`)).toEqual([
      'so-noi-vu 2026-01 t10',
      'so-noi-vu 2026-01 t9',
      'so-noi-vu 2026-12 t1',
      'so-y-te 2026-02 t1',
      'so-y-te 2026-02 t2',
    ]);
    expect(answer.grades.map((g) => `${g.unitId} ${g.taskId}`)).toEqual(['so-noi-vu t1', 'so-noi-vu t9', 'so-y-te t1']);
    // The rows are the ones written, unchanged, their keys in the same order.
    expect(JSON.stringify(answer.months[0])).toBe(JSON.stringify(cells[4]));
    expect(JSON.stringify(answer.grades[2])).toBe(JSON.stringify(grades[0]));
  });

  it('keeps the pages of the collections’ answers: 5,000 cells at most', () => {
    const cells = Array.from({ length: 5_010 }, (_, i) =>
      cell(`u${String(i % 40).padStart(2, '0')}`, `t${String(i).padStart(5, '0')}`, '2026-05'),
    );
    const answer = yearAnswer(documentsOf(cells, []));
    expect(answer.months).toHaveLength(5_000);
    expect(answer.months.at(-1)?.unitId).toBe('u39');
    expect(answer.grades).toEqual([]);
  });

  it('writes the answer’s text from the stored texts, the same bytes as the parsed answer’s', () => {
    const ids = ['d0.1.so-noi-vu|2026-01', 'a%2Eb$c|2026', 'x|y|2026-02'];
    for (const id of ids) expect(idOfField(fieldName(id))).toBe(id);
    const cells = [
      cell('so-y-te', 'd1.2.so-y-te', '2026-02'),
      cell('so-noi-vu', 'd9.10.so-noi-vu', '2026-01'),
      cell('so-noi-vu', 'd1.2.so-noi-vu', '2026-01'),
      cell('so-noi-vu', 'a%b$c', '2026-03'),
    ];
    const grades = [grade('so-y-te', 'd1.2.so-y-te', 2026), grade('so-noi-vu', 'd9.10.so-noi-vu', 2026)];
    const docs = documentsOf(cells, grades);
    expect(yearAnswerText(2026, docs)).toBe(JSON.stringify({ year: 2026, ...yearAnswer(docs) }));
    expect(yearAnswerText(2026, [])).toBe('{"year":2026,"grades":[],"months":[]}');
  });
});
