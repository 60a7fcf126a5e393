import { civilServiceCalendar as cal } from '../calendar/working-calendar';
import { dutyPeriods } from '../task-definition/recurring-duty.schedule';
import { EVALUATION_RULES, evaluationRule, periodResultOfStatus } from './evaluation-rules';
import { ND335_POINTS_RULE } from './nd335-points.rule';
import { ND90_SHARE_CONFIG, ND90_SHARE_RULE, createShareRule } from './nd90-share.rule';
import { PeriodResult, evaluatePeriod } from './period-evaluation';

const FEB = { key: '2022-02', dueAt: '2022-02-20T23:59:59.999+07:00' }; // Sunday 20/2/2022

describe('evaluatePeriod', () => {
  it('on time', () => {
    expect(evaluatePeriod(FEB, '2022-02-18T15:00:00+07:00', '2022-03-01T00:00:00Z', cal)).toEqual({
      key: '2022-02',
      dueAt: '2022-02-20T16:59:59.999Z',
      submittedAt: '2022-02-18T08:00:00.000Z',
      result: 'on_time',
      note: 'Tháng 02/2022: đã báo cáo đúng hạn (ngày 18/02/2022; hạn 20/02/2022).',
    });
  });

  it('late, counted in working days', () => {
    expect(evaluatePeriod(FEB, '2022-02-23T10:00:00+07:00', '2022-03-01T00:00:00Z', cal)).toMatchObject({
      result: 'late',
      workingDaysLate: 3,
      note: 'Tháng 02/2022: báo cáo chậm 3 ngày làm việc (ngày 23/02/2022; hạn 20/02/2022).',
    });
  });

  it('missing once the due instant has passed without a report', () => {
    expect(evaluatePeriod(FEB, undefined, '2022-02-25T12:00:00+07:00', cal)).toMatchObject({
      result: 'missing',
      workingDaysLate: 5,
      note: 'Tháng 02/2022: chưa báo cáo, quá hạn 5 ngày làm việc (hạn 20/02/2022).',
    });
  });

  it('not due yet, and a report filed after asOf is not known at asOf', () => {
    expect(evaluatePeriod(FEB, '2022-02-18T15:00:00+07:00', '2022-02-17T12:00:00+07:00', cal)).toMatchObject({
      result: 'not_due',
      note: 'Tháng 02/2022: chưa đến hạn báo cáo (hạn 20/02/2022).',
    });
  });

  it('labels quarters and one-off tasks', () => {
    const q1 = evaluatePeriod({ key: '2022-Q1', dueAt: '2022-03-20T16:59:59.999Z' }, undefined, '2022-03-01T00:00:00Z', cal);
    expect(q1.note).toBe('Quý I/2022: chưa đến hạn báo cáo (hạn 20/03/2022).');
    const task = evaluatePeriod(
      { key: 't-907-3', dueAt: '2022-02-15T16:59:59.999Z' },
      '2022-02-15T10:00:00+07:00',
      '2022-03-01T00:00:00Z',
      cal,
    );
    expect(task.note).toBe('Nhiệm vụ t-907-3: đã báo cáo đúng hạn (ngày 15/02/2022; hạn 15/02/2022).');
  });
});

const many = (spec: Partial<Record<PeriodResult, number>>): PeriodResult[] =>
  (Object.entries(spec) as [PeriodResult, number][]).flatMap(([r, n]) => Array<PeriodResult>(n).fill(r));

describe('year-end grades', () => {
  it('grades the seed duty (monthly reports Feb–Dec 2022, one late) under both rules', () => {
    const periods = dutyPeriods({ every: 'month', dueDay: 20, from: '2022-01-25', until: '2022-12-31' });
    const results = periods.map(
      (p) =>
        evaluatePeriod(p, p.key === '2022-07' ? '2022-07-22T09:00:00+07:00' : `${p.dueOn}T09:00:00+07:00`, '2022-12-31T23:59:59+07:00', cal)
          .result,
    );
    expect(results.filter((r) => r === 'late')).toHaveLength(1);

    const share = ND90_SHARE_RULE.grade(results);
    expect(share).toMatchObject({ ruleId: 'nd90-share/1', grade: 'good', label: 'Hoàn thành tốt nhiệm vụ' });
    expect(share.counts).toEqual({ onTime: 10, late: 1, missing: 0, notDue: 0, due: 11 });
    expect(share.explanation).toBe(
      '10/11 kỳ đúng hạn (90.9%), 1 kỳ chậm, 0 kỳ không báo cáo. Ngưỡng: xuất sắc 100%; tốt từ 90% và không thiếu kỳ nào; hoàn thành từ 80%.',
    );

    const points = ND335_POINTS_RULE.grade(results);
    expect(points).toMatchObject({ ruleId: 'nd335-points/1', grade: 'excellent', measure: 95.5, label: 'Hoàn thành xuất sắc nhiệm vụ' });
  });

  it.each([
    [{ on_time: 12 }, 'excellent'],
    [{ on_time: 9, late: 1 }, 'good'],
    [{ on_time: 9, missing: 1 }, 'satisfactory'], // 90% but a report never came
    [{ on_time: 8, late: 2 }, 'satisfactory'],
    [{ on_time: 7, late: 3 }, 'unsatisfactory'],
  ])('nd90-share/1: %j -> %s', (spec, grade) => {
    expect(ND90_SHARE_RULE.grade(many(spec)).grade).toBe(grade);
  });

  it.each([
    [{ on_time: 9, missing: 1 }, 90, 'excellent'],
    [{ on_time: 8, late: 1, missing: 1 }, 85, 'good'],
    [{ on_time: 7, missing: 3 }, 70, 'good'],
    [{ on_time: 4, late: 2, missing: 4 }, 50, 'satisfactory'],
    [{ on_time: 4, late: 1, missing: 5 }, 45, 'unsatisfactory'],
  ])('nd335-points/1: %j -> %d points, %s', (spec, score, grade) => {
    expect(ND335_POINTS_RULE.grade(many(spec))).toMatchObject({ measure: score, grade });
  });

  it('does not grade when nothing was due', () => {
    for (const rule of Object.values(EVALUATION_RULES)) {
      expect(rule.grade(many({ not_due: 3 }))).toMatchObject({
        grade: null,
        measure: null,
        label: 'Chưa đủ căn cứ xếp loại (không có kỳ nào đến hạn)',
      });
    }
  });

  it('ignores periods not yet due', () => {
    expect(ND90_SHARE_RULE.grade(many({ on_time: 3, not_due: 9 })).grade).toBe('excellent');
  });
});

describe('rule registry', () => {
  it('finds rules by id and names their legal source', () => {
    expect(Object.keys(EVALUATION_RULES)).toEqual(['nd90-share/1', 'nd335-points/1']);
    expect(evaluationRule('nd90-share/1').source).toMatch(/^Nghị định 90\/2020\/NĐ-CP/);
    expect(evaluationRule('nd335-points/1').source).toMatch(/^Nghị định 335\/2025\/NĐ-CP/);
    expect(() => evaluationRule('nd90-share/9')).toThrow(/Unknown evaluation rule: nd90-share\/9/);
  });

  it('is configurable: a new version with other thresholds has its own id', () => {
    const strict = createShareRule({ ...ND90_SHARE_CONFIG, version: 2, goodMinShare: 0.95 });
    expect(strict.id).toBe('nd90-share/2');
    expect(strict.grade(many({ on_time: 9, late: 1 })).grade).toBe('satisfactory');
  });

  it('maps task reporting statuses to period results', () => {
    expect(periodResultOfStatus('done_on_time')).toBe('on_time');
    expect(periodResultOfStatus('done_on_time_after_extension')).toBe('on_time');
    expect(periodResultOfStatus('done_late')).toBe('late');
    expect(periodResultOfStatus('open_overdue')).toBe('missing');
    expect(periodResultOfStatus('open_within_deadline')).toBe('not_due');
    expect(periodResultOfStatus('no_deadline')).toBe('not_due');
    expect(periodResultOfStatus('cancelled')).toBeUndefined();
  });
});
