// The year matrix read model (libs/persistence, evaluations) against the real store: after
// any sequence of evaluation writes, including concurrent writers of one unit's year, a
// re-evaluation and a cell re-recorded under a successor unit, the year answer it gives is
// byte for byte the one computed from the evaluations and grades collections. So is it
// after a rebuild from rows written straight into those collections (as the STORE bench and
// older deployments have them), and with writers running during the rebuild.
import { connectMongo, EvaluationRepository, type EvaluationCell, type YearGrade } from '@dondoc/persistence';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection } from 'mongoose';

jest.setTimeout(120_000);

type CellInput = Omit<EvaluationCell, '_id'>;
type GradeInput = Omit<YearGrade, '_id'>;

const UNITS = ['so-noi-vu', 'so-tu-phap', 'so-y-te'];
const RESULTS = ['on_time', 'late', 'missing', 'not_due'] as const;

const cell = (unitId: string, k: number, period: string, result: CellInput['result'] = RESULTS[k % 4]): CellInput => ({
  unitId,
  period,
  // Dots as in real task ids ("<directive>.<item>.<unit>"): one field each, not nested ones.
  taskId: `d${k}.${k + 1}.${unitId}`,
  directiveId: `d${k}`,
  directiveNumber: `${k + 1}/UBND`,
  itemRef: String(k + 1),
  result,
  note: `Kỳ ${period}`,
  ruleId: 'nd90-share/1',
  at: `${period}-28T17:00:00.000Z`,
});
const grade = (unitId: string, k: number, year: number): GradeInput => ({
  unitId,
  year,
  taskId: `d${k}.${k + 1}.${unitId}`,
  directiveId: `d${k}`,
  directiveNumber: `${k + 1}/UBND`,
  itemRef: String(k + 1),
  grade: k % 3 === 0 ? 'good' : 'excellent',
  gradeLabel: k % 3 === 0 ? 'Hoàn thành tốt' : 'Hoàn thành xuất sắc',
  score: k % 5 === 0 ? null : 0.8 + k / 100,
  ruleId: 'nd90-share/1',
  at: `${year + 1}-01-01T00:00:00.000Z`,
});
const months = (year: number) => Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`);

describe('the year matrix read model', () => {
  let connection: Connection;
  let evaluations: EvaluationRepository;

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('year-matrix').replace(/-/g, '_')) });
    evaluations = new EvaluationRepository(connection);
    await evaluations.init();
    // As the API does at start: an empty model, marked current.
    expect(await evaluations.ensureYearMatrix()).toBe(true);
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  /** The year answer as the API gave it before the read model: from the two collections. */
  const fromCollections = async (filter: { unitIds?: string[]; year: number }) =>
    JSON.stringify({ grades: await evaluations.yearGrades(filter), months: await evaluations.matrix(filter) });
  const fromModel = async (filter: { unitIds?: string[]; year: number }) => {
    const answer = JSON.stringify(await evaluations.year(filter));
    // What the API sends: `{ year, ...answer }`, written from the stored texts.
    expect(await evaluations.yearText(filter)).toBe(JSON.stringify({ year: filter.year, ...JSON.parse(answer) }));
    return answer;
  };
  const scopes = (year: number) => [
    { year },
    { year, unitIds: ['so-noi-vu'] },
    { year, unitIds: ['so-tu-phap', 'so-noi-vu'] },
    { year, unitIds: ['khong-co'] },
    { year, unitIds: [] },
  ];
  async function expectSameAnswers(years: number[]) {
    for (const year of years)
      for (const filter of scopes(year)) {
        const expected = await fromCollections(filter);
        expect({ filter, answer: await fromModel(filter) }).toEqual({ filter, answer: expected });
      }
  }

  it('answers each year as the collections do after sequential, concurrent and repeated writes', async () => {
    // Sequentially: two tasks of each unit over December 2025 and 2026's first months.
    for (const unitId of UNITS)
      for (const k of [0, 1])
        for (const period of ['2025-12', '2026-01', '2026-02']) await evaluations.recordPeriod(cell(unitId, k, period));

    // Concurrently: 10 tasks × 12 months of one unit (its 2027 document does not exist yet:
    // the first writers race to create it), and the other units' months and grades meanwhile.
    const concurrent: Promise<void>[] = [];
    for (const period of months(2027)) for (let k = 0; k < 10; k++) concurrent.push(evaluations.recordPeriod(cell('so-y-te', k, period)));
    for (const unitId of ['so-noi-vu', 'so-tu-phap'])
      for (const period of months(2026).slice(2))
        for (const k of [0, 1, 2]) concurrent.push(evaluations.recordPeriod(cell(unitId, k, period)));
    for (const unitId of UNITS) for (let k = 0; k < 6; k++) concurrent.push(evaluations.recordGrade(grade(unitId, k, 2026)));
    await Promise.all(concurrent);
    const ofYear = JSON.parse(await fromModel({ year: 2027, unitIds: ['so-y-te'] })) as { months: EvaluationCell[] };
    expect(ofYear.months).toHaveLength(120); // no concurrent writer lost another's cell

    // A re-evaluation of one cell, a replayed event, and a grade revised.
    await evaluations.recordPeriod(cell('so-noi-vu', 1, '2026-02', 'on_time'));
    await evaluations.recordPeriod({ ...cell('so-noi-vu', 1, '2026-02', 'on_time'), note: 'Đánh giá lại', at: '2026-03-05T02:00:00.000Z' });
    await evaluations.recordPeriod(cell('so-tu-phap', 0, '2026-05'));
    await evaluations.recordGrade({ ...grade('so-tu-phap', 2, 2026), grade: 'good', gradeLabel: 'Hoàn thành tốt' });
    // A task moved to a successor unit, its month evaluated again there: the cell moves.
    await evaluations.recordPeriod({ ...cell('so-tu-phap', 2, '2026-07'), unitId: 'so-noi-vu' });
    await evaluations.recordGrade({ ...grade('so-tu-phap', 5, 2026), unitId: 'so-noi-vu' });

    const noiVu = JSON.parse(await fromModel({ year: 2026, unitIds: ['so-noi-vu'] })) as { months: EvaluationCell[]; grades: YearGrade[] };
    expect(noiVu.months.find((c) => c._id === 'd1.2.so-noi-vu|2026-02')).toMatchObject({ result: 'on_time', note: 'Đánh giá lại' });
    expect(noiVu.months.filter((c) => c.taskId === 'd2.3.so-tu-phap').map((c) => c.period)).toEqual(['2026-07']);
    expect(noiVu.grades.filter((g) => g.taskId === 'd5.6.so-tu-phap')).toHaveLength(1);
    await expectSameAnswers([2025, 2026, 2027, 2028]);
  });

  it('is rebuilt from rows written straight into the collections, writers running meanwhile', async () => {
    // As the STORE bench fills it, or as a deployment had it before the read model existed.
    const direct = UNITS.flatMap((unitId) => [10, 11].flatMap((k) => months(2026).map((p) => cell(unitId, k, p))));
    await evaluations.cells.insertMany(direct.map((c) => ({ _id: `${c.taskId}|${c.period}`, ...c })));
    await evaluations.grades.insertMany(UNITS.map((u) => ({ _id: `d10.11.${u}|2026`, ...grade(u, 10, 2026) })));
    expect(await fromModel({ year: 2026 })).not.toEqual(await fromCollections({ year: 2026 }));

    expect(await evaluations.ensureYearMatrix()).toBe(false); // current: only a rebuild reads them
    const progress: string[] = [];
    const [rebuilt] = await Promise.all([
      evaluations.rebuildYearMatrix((p) => progress.push(p.phase)),
      ...months(2026).map((p) => evaluations.recordPeriod(cell('so-y-te', 20, p))),
    ]);
    expect(rebuilt.phase).toBe('done');
    expect(rebuilt.cells).toBeGreaterThanOrEqual(direct.length);
    expect(progress.at(-1)).toBe('done');
    await expectSameAnswers([2025, 2026, 2027]);

    // The model dropped (a first start after the upgrade): built again, once.
    await evaluations.yearMatrix.model.collection.drop();
    await evaluations.init();
    expect(await evaluations.ensureYearMatrix()).toBe(true);
    expect(await evaluations.ensureYearMatrix()).toBe(false);
    await expectSameAnswers([2025, 2026, 2027]);
  });
});
