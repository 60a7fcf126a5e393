import { describeIssues } from '@dondoc/contracts';
import { parseWindow, type ReportWindow } from '../compute/report-window';
import { assessmentInputSchema, assessorInputOf } from './assessment.schema';
import { periodsInside, windowAssessments, type AssessmentSource } from './window-assessments';

describe('the assessor’s input', () => {
  it('names every bad field in Vietnamese and English', () => {
    const r = assessmentInputSchema.safeParse({
      revision: -1,
      generalPoints: 30.555,
      objectiveCauses: [
        { itemKey: 'a', reference: 'VB 1' },
        { itemKey: 'a', reference: 'VB 2' },
      ],
      qualityVerdicts: [{ itemKey: 'b', majorErrors: 5 }],
      forcingCases: [{ kind: 'xyz', reference: 'x' }],
      extra: 1,
    });
    expect(r.success).toBe(false);
    const problems = r.success ? [] : describeIssues(r.error);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^revision: /),
        expect.stringMatching(/^generalPoints: điểm tiêu chí chung từ 0 đến 30 \(general points must be 0\.\.30\)/),
        expect.stringMatching(/^qualityVerdicts\.0\.majorErrors: quá 4 sai sót lớn/),
        expect.stringMatching(/^forcingCases\.0\.kind: trường hợp phải là degradation, discipline, corruption/),
        expect.stringMatching(/extra/),
      ]),
    );
  });

  it('refuses the same item twice in one list', () => {
    const r = assessmentInputSchema.safeParse({
      revision: 0,
      objectiveCauses: [
        { itemKey: 'a', reference: 'VB 1' },
        { itemKey: 'a', reference: 'VB 2' },
      ],
    });
    expect(r.success ? [] : describeIssues(r.error)).toEqual([
      expect.stringMatching(/^objectiveCauses\.1\.itemKey: sản phẩm a đã có ở dòng trước \(duplicate itemKey\)/),
    ]);
  });

  it('accepts a full input', () => {
    expect(
      assessmentInputSchema.parse({
        revision: 0,
        generalPoints: 27.5,
        qualityVerdicts: [{ itemKey: 'b', majorErrors: 1, note: 'sai số liệu' }],
        forcingCases: [{ kind: 'discipline', reference: 'QĐ 5' }],
      }),
    ).toMatchObject({ generalPoints: 27.5, objectiveCauses: [] });
  });
});

describe('the general points criterion by criterion', () => {
  it('keeps each criterion within its maximum, in Vietnamese and English', () => {
    const r = assessmentInputSchema.safeParse({ revision: 0, generalCriteria: { policy: 8, discipline: -1, culture: 7.123, other: 1 } });
    expect(r.success ? [] : describeIssues(r.error)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^generalCriteria\.policy: điểm "Chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước" từ 0 đến 7\.5 \(must be 0\.\.7\.5\)/,
        ),
        expect.stringMatching(/^generalCriteria\.discipline: điểm "Kỷ luật, kỷ cương hành chính" từ 0 đến 7\.5/),
        expect.stringMatching(/^generalCriteria\.culture: lấy tối đa 2 chữ số thập phân/),
        expect.stringMatching(/other/),
      ]),
    );
  });

  it('adds the criteria up to the general points, and refuses a total that disagrees', () => {
    const body = assessmentInputSchema.parse({
      revision: 0,
      generalCriteria: { policy: 7.5, discipline: 7, leadership: 6.25, culture: 5 },
    });
    expect(assessorInputOf(body)).toMatchObject({
      generalPoints: 25.75,
      generalCriteria: { policy: 7.5, discipline: 7, leadership: 6.25, culture: 5 },
    });
    const r = assessmentInputSchema.safeParse({ revision: 0, generalPoints: 20, generalCriteria: { policy: 7.5 } });
    expect(r.success ? [] : describeIssues(r.error)).toEqual([
      expect.stringMatching(/^generalPoints: điểm tiêu chí chung 20 khác tổng điểm từng tiêu chí 7\.5/),
    ]);
  });
});

describe('the assessments that bear on a window', () => {
  const year = parseWindow('2026') as ReportWindow;
  it('a year reads itself, its quarters and its months', () => {
    expect(periodsInside(year)).toEqual(['2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', ...year.months]);
    expect(periodsInside(parseWindow('2026-03') as ReportWindow)).toEqual(['2026-03']);
  });

  it('merges item entries and forcing cases of the periods inside; general points and the frozen calculation only from the window itself', async () => {
    const stored = [
      {
        id: 'u|2026-03',
        unitId: 'u',
        period: '2026-03',
        status: 'closed',
        revision: 2,
        input: { generalPoints: 10, objectiveCauses: [{ itemKey: 't|2026-03', reference: 'VB 1' }] },
        updatedAt: '',
        updatedBy: '',
        frozen: { asOf: 'x', parts: [] },
      },
      {
        id: 'u|2026',
        unitId: 'u',
        period: '2026',
        status: 'open',
        revision: 1,
        input: { generalPoints: 27, forcingCases: [{ kind: 'discipline', reference: 'QĐ 5' }] },
        updatedAt: '',
        updatedBy: '',
      },
    ];
    const source: AssessmentSource = { forPeriods: async () => stored as never };
    const a = await windowAssessments(source, year);
    expect(a.inputs.get('u')).toEqual({
      generalPoints: 27,
      objectiveCauses: [{ itemKey: 't|2026-03', reference: 'VB 1' }],
      qualityVerdicts: [],
      forcingCases: [{ kind: 'discipline', reference: 'QĐ 5' }],
    });
    expect(a.closed.has('u')).toBe(false); // the month is closed, the year is not
    expect(a.frozen.size).toBe(0);
  });
});
