import type { AssessorInput, WorkItem } from './decree-evaluation.types';
import { applyExcellentQuota } from './excellent-quota';
import { decreeOn, decreeReason, evaluateByDecree, periodDays } from './decree-by-date';
import { GENERAL_CRITERIA } from './general-criteria';
import { evaluateNd335 } from './nd335-2025.rule';
import { evaluateNd90 } from './nd90-2020.rule';

// Worked examples from the decrees' wording, as tables: a unit with four items due in
// March 2026 (ND 335) or March 2025 (ND 90); `late` is one delay, `missing` not handed in.

type Fact = 'on_time' | 'late' | 'missing' | 'extended';

const items = (month: string, facts: readonly Fact[]): WorkItem[] =>
  facts.map((f, i) => ({
    key: `t${i + 1}|${month}`,
    label: `Nhiệm vụ ${i + 1}, tháng ${month}`,
    dueOn: `${month}-20`,
    completed: f !== 'missing',
    late: f === 'late',
    extended: f === 'extended',
    ...(f === 'late' ? { workingDaysLate: 2 } : {}),
  }));

describe('Nghị định 335/2025/NĐ-CP: 70 points of task results + 30 general points', () => {
  // case | facts | assessor input | quantity % | quality % | progress % | task points | total | grade
  it.each<[string, Fact[], AssessorInput, number, number, number, number, number | null, string | null]>([
    ['all items on time', ['on_time', 'on_time', 'on_time', 'on_time'], { generalPoints: 20 }, 100, 100, 100, 70, 90, 'excellent'],
    [
      'one delay: 25% of that item’s progress points',
      ['late', 'on_time', 'on_time', 'on_time'],
      { generalPoints: 20 },
      100,
      100,
      93.75,
      68.54,
      88.54,
      'good',
    ],
    [
      'one major quality error: 25% of its quality points',
      ['on_time', 'on_time', 'on_time', 'on_time'],
      { generalPoints: 20, qualityVerdicts: [{ itemKey: 't2|2026-03', majorErrors: 1, note: 'số liệu sai' }] },
      100,
      93.75,
      100,
      68.54,
      88.54,
      'good',
    ],
    [
      'two major quality errors on one item: 50%',
      ['on_time', 'on_time', 'on_time', 'on_time'],
      { generalPoints: 20, qualityVerdicts: [{ itemKey: 't2|2026-03', majorErrors: 2 }] },
      100,
      87.5,
      100,
      67.08,
      87.08,
      'good',
    ],
    [
      'an approved extension is not a delay',
      ['extended', 'on_time', 'on_time', 'on_time'],
      { generalPoints: 20 },
      100,
      100,
      100,
      70,
      90,
      'excellent',
    ],
    [
      'a delay with a confirmed objective cause is not deducted',
      ['late', 'on_time', 'on_time', 'on_time'],
      { generalPoints: 20, objectiveCauses: [{ itemKey: 't1|2026-03', reference: 'Văn bản 12/UBND-TH ngày 25/3/2026 xác nhận mưa lũ' }] },
      100,
      100,
      100,
      70,
      90,
      'excellent',
    ],
    [
      'a quality error with a confirmed objective cause is not deducted',
      ['on_time', 'on_time', 'on_time', 'on_time'],
      {
        generalPoints: 20,
        qualityVerdicts: [{ itemKey: 't1|2026-03', majorErrors: 1, objectiveCauseReference: 'Công văn 3/STTTT: lỗi hệ thống' }],
      },
      100,
      100,
      100,
      70,
      90,
      'excellent',
    ],
    [
      'an item never handed in earns nothing',
      ['missing', 'on_time', 'on_time', 'on_time'],
      { generalPoints: 20 },
      75,
      75,
      75,
      52.5,
      72.5,
      'good',
    ],
    ['below 50 points', ['missing', 'missing', 'late', 'on_time'], { generalPoints: 10 }, 50, 50, 43.75, 33.54, 43.54, 'unsatisfactory'],
    [
      'forcing case: discipline in the year, whatever the points',
      ['on_time', 'on_time', 'on_time', 'on_time'],
      { generalPoints: 30, forcingCases: [{ kind: 'discipline', reference: 'Quyết định kỷ luật khiển trách số 5/QĐ-UBND ngày 2/3/2026' }] },
      100,
      100,
      100,
      70,
      100,
      'unsatisfactory',
    ],
    ['no general points yet: not graded', ['on_time', 'on_time', 'on_time', 'on_time'], {}, 100, 100, 100, 70, null, null],
  ])('%s', (_case, facts, input, quantity, quality, progress, taskPoints, total, grade) => {
    const e = evaluateNd335(items('2026-03', facts), input);
    expect(e.subtotals).toMatchObject({ quantity, quality, progress, taskPoints, total });
    expect(e.grade).toBe(grade);
    expect(e.ruleId).toBe('nd335-2025/1');
    // Every line names the text that set it.
    for (const line of e.lines) expect(line.source).toMatch(/Nghị định 335\/2025\/NĐ-CP|gia hạn/i);
  });

  describe("the issuer's quality verdict at approval or return", () => {
    // Four items on time; the issuer marked major errors on item 2 (or not).
    const marked = (errors: WorkItem['issuerQualityErrors']) =>
      items('2026-03', ['on_time', 'on_time', 'on_time', 'on_time']).map((i) =>
        i.key === 't2|2026-03' ? { ...i, issuerQualityErrors: errors } : i,
      );
    const atApproval = { on: 'approval' as const, at: '2026-03-19T03:00:00Z', reason: 'Số liệu sai lệch so với báo cáo quý' };
    const atReturn = { on: 'return' as const, at: '2026-03-12T03:00:00Z', reason: 'Thiếu phụ lục' };

    // case | the issuer's marks on item 2 | assessor input | quality % | task points
    it.each<[string, WorkItem['issuerQualityErrors'], AssessorInput, number, number]>([
      ['a major error marked at approval costs 25% of that item’s quality points', [atApproval], {}, 93.75, 68.54],
      ['a return marked as a quality error and a major error at approval: 50%', [atReturn, atApproval], {}, 87.5, 67.08],
      ['no mark (approved without a verdict, a return not marked as an error) costs nothing', [], {}, 100, 70],
      [
        'an objective cause the assessor confirms cancels the issuer’s marks',
        [atApproval],
        { qualityVerdicts: [{ itemKey: 't2|2026-03', majorErrors: 0, objectiveCauseReference: 'Công văn 3/STTTT: lỗi hệ thống' }] },
        100,
        70,
      ],
      [
        'the assessor’s own errors add to the issuer’s',
        [atApproval],
        { qualityVerdicts: [{ itemKey: 't2|2026-03', majorErrors: 1, note: 'phát hiện khi kiểm tra' }] },
        87.5,
        67.08,
      ],
    ])('%s', (_case, errors, input, quality, taskPoints) => {
      const e = evaluateNd335(marked(errors), { generalPoints: 20, ...input });
      expect(e.subtotals).toMatchObject({ quantity: 100, quality, progress: 100, taskPoints });
      expect(e.ruleId).toBe('nd335-2025/1');
    });

    it('writes the issuer’s verdict, its day and reason, in the deduction line, citing the decree’s quality clause', () => {
      const e = evaluateNd335(marked([atReturn, atApproval]), { generalPoints: 20 });
      const deductions = e.lines.filter((l) => l.step === 'tru:t2|2026-03');
      expect(deductions.map((l) => l.text)).toEqual([
        'Nhiệm vụ 2, tháng 2026-03: trừ 25% điểm chất lượng: Sai sót lớn lần 1 (người giao nhiệm vụ đánh giá khi trả lại để hoàn thiện ngày 12/03/2026: Thiếu phụ lục)',
        'Nhiệm vụ 2, tháng 2026-03: trừ 25% điểm chất lượng: Sai sót lớn lần 2 (người giao nhiệm vụ đánh giá khi phê duyệt ngày 19/03/2026: Số liệu sai lệch so với báo cáo quý)',
      ]);
      for (const l of deductions)
        expect(l.source).toMatch(/^Nghị định 335\/2025\/NĐ-CP, tiêu chí kết quả thực hiện nhiệm vụ, chất lượng: .*Điều 14 khoản 2 điểm b/);
      const waived = evaluateNd335(marked([atApproval]), {
        qualityVerdicts: [{ itemKey: 't2|2026-03', majorErrors: 0, objectiveCauseReference: 'CV 3/STTTT' }],
      });
      expect(waived.lines.filter((l) => l.step.startsWith('mien:')).map((l) => l.text)).toEqual([
        'Nhiệm vụ 2, tháng 2026-03: 1 sai sót lớn do nguyên nhân khách quan (CV 3/STTTT): không trừ',
      ]);
    });

    it('makes the item not "on schedule and quality" under Nghị định 90/2020/NĐ-CP as well', () => {
      const e = evaluateNd90(
        marked([atApproval]).map((i) => ({ ...i, key: i.key.replace('2026', '2025'), dueOn: '2025-03-20' })),
        {},
      );
      expect(e.subtotals).toMatchObject({ share: 75 });
    });
  });

  it('writes each deduction with its reason and each waiver with its reference', () => {
    const e = evaluateNd335(items('2026-03', ['late', 'late', 'extended', 'on_time']), {
      generalPoints: 25,
      objectiveCauses: [{ itemKey: 't2|2026-03', reference: 'VB 9/UBND' }],
    });
    expect(e.lines.filter((l) => l.step.startsWith('tru:')).map((l) => l.text)).toEqual([
      'Nhiệm vụ 1, tháng 2026-03: trừ 25% điểm tiến độ: Chậm tiến độ 2 ngày làm việc so với hạn',
    ]);
    expect(e.lines.filter((l) => l.step.startsWith('mien:')).map((l) => l.text)).toEqual([
      'Nhiệm vụ 2, tháng 2026-03: Chậm 2 ngày làm việc do nguyên nhân khách quan được xác nhận (VB 9/UBND): không trừ',
      'Nhiệm vụ 3, tháng 2026-03: Đã được chấp thuận gia hạn: tính theo hạn mới',
    ]);
    expect(e.lines.at(-1)).toMatchObject({
      step: 'xep-loai',
      text: 'Xếp loại: Hoàn thành xuất sắc nhiệm vụ (93.54 điểm; xuất sắc từ 90, tốt từ 70, hoàn thành từ 50)',
    });
  });

  it('does not grade a period with nothing due', () => {
    expect(evaluateNd335([], { generalPoints: 30 })).toMatchObject({ grade: null, score: null });
  });
});

describe('Nghị định 90/2020/NĐ-CP (sửa đổi bởi 48/2023/NĐ-CP): grades by criteria', () => {
  // case | facts | assessor input | items on schedule and quality | grade
  it.each<[string, Fact[], AssessorInput, number, string]>([
    ['all on time: 100% → tốt (Điều 9)', ['on_time', 'on_time', 'on_time', 'on_time'], {}, 4, 'good'],
    [
      'all on time, half exceeded → xuất sắc (Điều 8)',
      ['on_time', 'on_time', 'on_time', 'on_time'],
      {
        qualityVerdicts: [
          { itemKey: 't1|2025-03', majorErrors: 0, exceeded: true },
          { itemKey: 't2|2025-03', majorErrors: 0, exceeded: true },
        ],
      },
      4,
      'excellent',
    ],
    ['one delay of five (20%) → hoàn thành', ['late', 'on_time', 'on_time', 'on_time', 'on_time'], {}, 4, 'satisfactory'],
    ['one delay of four (25%) → không hoàn thành', ['late', 'on_time', 'on_time', 'on_time'], {}, 3, 'unsatisfactory'],
    [
      'one quality error of five → hoàn thành',
      ['on_time', 'on_time', 'on_time', 'on_time', 'on_time'],
      { qualityVerdicts: [{ itemKey: 't3|2025-03', majorErrors: 1 }] },
      4,
      'satisfactory',
    ],
    ['an approved extension is on schedule', ['extended', 'on_time', 'on_time', 'on_time'], {}, 4, 'good'],
    [
      'a delay with a confirmed objective cause is on schedule',
      ['late', 'on_time', 'on_time', 'on_time'],
      { objectiveCauses: [{ itemKey: 't1|2025-03', reference: 'VB 1/UBND' }] },
      4,
      'good',
    ],
    [
      'forcing case: discipline in the year',
      ['on_time', 'on_time', 'on_time', 'on_time'],
      { forcingCases: [{ kind: 'discipline', reference: 'QĐ kỷ luật 7/QĐ-UBND' }] },
      4,
      'unsatisfactory',
    ],
  ])('%s', (_case, facts, input, met, grade) => {
    const e = evaluateNd90(items('2025-03', facts), input);
    expect(e.subtotals.met).toBe(met);
    expect(e.grade).toBe(grade);
    expect(e.ruleId).toBe('nd90-2020/2');
  });
});

describe('the year scenario of the workflow tests (11 monthly reports: 8 on time, 2 late, 1 missing)', () => {
  const YEAR: Fact[] = ['on_time', 'late', 'on_time', 'on_time', 'on_time', 'late', 'on_time', 'missing', 'on_time', 'on_time', 'on_time'];
  const monthly = (year: number): WorkItem[] =>
    YEAR.map((f, i) => {
      const month = `${year}-${String(i + 2).padStart(2, '0')}`;
      return { ...items(month, [f])[0], key: `907-3|${month}`, label: `Tháng ${month}` };
    });

  it('2022, ND 90: 8 of 11 on schedule, 3 not (27% > 20%) → không hoàn thành', () => {
    const [part] = evaluateByDecree(periodDays('2022'), monthly(2022), {});
    expect(part.decree).toBe('nd90-2020');
    expect(part.evaluation).toMatchObject({ subtotals: { met: 8, share: 72.73 }, grade: 'unsatisfactory' });
  });

  it('2026, ND 335: quantity 90.91%, quality 90.91%, progress 86.36% → 62.58 task points; with 25 general points 87.58 → tốt', () => {
    const [part] = evaluateByDecree(periodDays('2026'), monthly(2026), { generalPoints: 25 });
    expect(part.decree).toBe('nd335-2025');
    expect(part.evaluation).toMatchObject({
      subtotals: { quantity: 90.91, quality: 90.91, progress: 86.36, taskPoints: 62.58, generalPoints: 25, total: 87.58 },
      grade: 'good',
    });
  });
});

describe('the decree is chosen by date', () => {
  it.each([
    ['2025-12-31', 'nd90-2020'],
    ['2026-01-01', 'nd335-2025'],
  ])('%s → %s', (day, decree) => expect(decreeOn(day)).toBe(decree));

  it('splits a range spanning 1/1/2026 into its two decrees', () => {
    const its = [
      ...items('2025-11', ['on_time', 'late']),
      ...items('2025-12', ['on_time']),
      ...items('2026-01', ['on_time', 'late']),
      ...items('2026-02', ['on_time']),
    ];
    const parts = evaluateByDecree({ from: '2025-11-01', to: '2026-02-28' }, its, { generalPoints: 28 });
    expect(parts.map((p) => [p.decree, p.from, p.to, p.evaluation.items.length, p.evaluation.grade])).toEqual([
      ['nd90-2020', '2025-11-01', '2025-12-31', 3, 'unsatisfactory'], // 1 of 3 late: 33% > 20%
      ['nd335-2025', '2026-01-01', '2026-02-28', 3, 'excellent'], // progress 91.67% → 68.06 + 28 = 96.06
    ]);
    expect(parts[1].evaluation.subtotals.total).toBe(96.06);
  });

  it('says why each part has its decree', () => {
    expect(decreeReason({ from: '2026-03-01', to: '2026-03-31' })).toBe(
      'Sản phẩm/công việc đến hạn từ 01/03/2026 đến 31/03/2026: Nghị định 335/2025/NĐ-CP có hiệu lực từ 01/01/2026, nên áp dụng nghị định này.',
    );
    expect(decreeReason({ from: '2025-11-01', to: '2025-12-31' })).toMatch(
      /^Sản phẩm\/công việc đến hạn từ 01\/11\/2025 đến 31\/12\/2025, trước 01\/01\/2026 .*: áp dụng Nghị định 90\/2020\/NĐ-CP\.$/,
    );
  });

  it('writes each general criterion the assessor scored as its own line (four criteria making 30 points)', () => {
    expect(GENERAL_CRITERIA.reduce((a, c) => a + c.max, 0)).toBe(30);
    const e = evaluateNd335(items('2026-03', ['on_time']), { generalPoints: 13, generalCriteria: { policy: 7.5, culture: 5.5 } });
    expect(e.lines.filter((l) => l.step.startsWith('tieu-chi-chung')).map((l) => [l.step, l.value])).toEqual([
      ['tieu-chi-chung:policy', 7.5],
      ['tieu-chi-chung:culture', 5.5],
      ['tieu-chi-chung', 13],
    ]);
  });

  it('knows the days of months, quarters and years', () => {
    expect(periodDays('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodDays('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodDays('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(() => periodDays('2026-13')).toThrow(RangeError);
  });
});

describe('xuất sắc at most 20% of those graded tốt or better, per agency and group', () => {
  it('ten units of one group: 9 reach tốt or better, ⌊1.8⌋ = 1 keeps xuất sắc', () => {
    // unit | total points (task points + general) → grade before and after the quota
    const table: [string, number, string, string][] = [
      ['u01', 95, 'excellent', 'excellent'],
      ['u02', 94, 'excellent', 'good'],
      ['u03', 93, 'excellent', 'good'],
      ['u04', 92, 'excellent', 'good'],
      ['u05', 91, 'excellent', 'good'],
      ['u06', 85, 'good', 'good'],
      ['u07', 80, 'good', 'good'],
      ['u08', 75, 'good', 'good'],
      ['u09', 72, 'good', 'good'],
      ['u10', 60, 'satisfactory', 'satisfactory'],
    ];
    const graded = table.map(([unitId, total]) => ({
      unitId,
      group: 'so-nganh',
      evaluation: evaluateNd335(items('2026-03', ['on_time']), { generalPoints: total - 70 }),
    }));
    expect(graded.map((g) => g.evaluation.grade)).toEqual(table.map((r) => r[2]));
    const after = applyExcellentQuota(graded);
    expect(after.map((g) => g.evaluation.grade)).toEqual(table.map((r) => r[3]));
    expect(after[1].evaluation).toMatchObject({ decidedBy: 'quota' });
    expect(after[1].evaluation.lines.at(-1)?.text).toBe(
      'Xếp loại: Hoàn thành tốt nhiệm vụ do giới hạn tỷ lệ xuất sắc. Nhóm so-nganh: 9 đơn vị đạt từ mức tốt trở lên, xuất sắc tối đa ⌊20% × 9⌋ = 1; đơn vị xếp thứ 2 theo điểm trong 5 đơn vị đạt mức xuất sắc',
    );
  });

  it('counts each group on its own', () => {
    const mk = (unitId: string, group: string, total: number) => ({
      unitId,
      group,
      evaluation: evaluateNd335(items('2026-03', ['on_time']), { generalPoints: total - 70 }),
    });
    const five = ['a1', 'a2', 'a3', 'a4', 'a5'].map((u) => mk(u, 'A', 95));
    const after = applyExcellentQuota([...five, mk('b1', 'B', 91)]);
    // A: 5 at tốt or better → 1 excellent (a1, by id on equal points); B: 1 → ⌊0.2⌋ = 0.
    expect(after.map((g) => `${g.unitId}:${g.evaluation.grade}`)).toEqual([
      'a1:excellent',
      'a2:good',
      'a3:good',
      'a4:good',
      'a5:good',
      'b1:good',
    ]);
  });
});
