import { civilServiceCalendar as cal } from '../calendar/working-calendar';
import { dutyPeriods, periodKeyOf, periodLabelVi } from './recurring-duty.schedule';
import { escalationInstants } from './escalation.schedule';
import { reminderInstants } from './reminder.schedule';
import { taskDefinitionProblems } from './task-definition.validation';
import { resolveDeadline, resolveTaskSchedule } from './task-schedule.resolve';
import { SEED_DEFINITION } from './task.fixtures';

const ASSIGNED = '2022-01-25T09:00:00+07:00';

describe('resolving a task definition', () => {
  it('resolves "10 ngày làm việc" from 25/1/2022 across Tết to the end of 15/2/2022', () => {
    const s = resolveTaskSchedule(SEED_DEFINITION, ASSIGNED, cal);
    expect(s.calendarVersion).toBe('vn-civil-service/2026-1');
    expect(s.assignedAt).toBe('2022-01-25T02:00:00.000Z');
    expect(s.acknowledgeBy).toBe('2022-01-27T16:59:59.999Z'); // default 2 working days
    expect(s.due?.dueAt).toBe('2022-02-15T16:59:59.999Z');
    // 3 and 1 working days before, at 08:00 Vietnam time.
    expect(s.due?.reminders).toEqual(['2022-02-10T01:00:00.000Z', '2022-02-14T01:00:00.000Z']);
    // Default escalation: 3 levels, level 1 at the miss, then 2 working days apart.
    expect(s.due?.escalations).toEqual([
      { level: 1, at: '2022-02-15T16:59:59.999Z', notify: 'Thủ trưởng đơn vị chủ trì' },
      { level: 2, at: '2022-02-17T16:59:59.999Z', notify: 'Lãnh đạo phụ trách của cơ quan ban hành văn bản' },
      { level: 3, at: '2022-02-21T16:59:59.999Z', notify: 'Người đứng đầu cơ quan ban hành văn bản' },
    ]);
    expect(s.periods).toEqual([]);
  });

  it('acknowledgement window of 2 working days from Friday 28/1/2022 ends 8/2/2022', () => {
    const s = resolveTaskSchedule(SEED_DEFINITION, '2022-01-28T15:00:00+07:00', cal);
    expect(s.acknowledgeBy).toBe('2022-02-08T16:59:59.999Z');
  });

  it('honours a custom acknowledgement window, in working days or plain ms', () => {
    const s = resolveTaskSchedule({ ...SEED_DEFINITION, acknowledgeWithin: { workingDays: 1 } }, '2022-01-28T15:00:00+07:00', cal);
    expect(s.acknowledgeBy).toBe('2022-02-07T16:59:59.999Z');
    const urgent = resolveTaskSchedule({ ...SEED_DEFINITION, acknowledgeWithin: { ms: 30_000 } }, '2022-01-28T15:00:00+07:00', cal);
    expect(urgent.acknowledgeBy).toBe('2022-01-28T08:00:30.000Z');
  });

  it('reads absolute deadlines as instants, or days ending at 23:59:59.999 in Vietnam', () => {
    expect(resolveDeadline({ at: '2022-03-31' }, ASSIGNED, cal)).toBe('2022-03-31T16:59:59.999Z');
    expect(resolveDeadline({ at: '2022-03-31T17:00:00+07:00' }, ASSIGNED, cal)).toBe('2022-03-31T10:00:00.000Z');
  });

  it('has no due instant for a task without deadline', () => {
    const s = resolveTaskSchedule({ ...SEED_DEFINITION, timing: { kind: 'none' } }, ASSIGNED, cal);
    expect(s.due).toBeUndefined();
    expect(s.periods).toEqual([]);
  });

  it('resolves a monthly duty (due the 20th) through 31/12/2022 with milestones per period', () => {
    const s = resolveTaskSchedule(
      { ...SEED_DEFINITION, timing: { kind: 'recurring', duty: { every: 'month', dueDay: 20, from: '2022-01-25', until: '2022-12-31' } } },
      ASSIGNED,
      cal,
    );
    expect(s.periods.map((p) => p.key)).toEqual([
      '2022-02',
      '2022-03',
      '2022-04',
      '2022-05',
      '2022-06',
      '2022-07',
      '2022-08',
      '2022-09',
      '2022-10',
      '2022-11',
      '2022-12',
    ]);
    const feb = s.periods[0];
    expect(feb).toMatchObject({ label: 'tháng 02/2022', startsOn: '2022-02-01', endsOn: '2022-02-28', dueOn: '2022-02-20' });
    // 20/2/2022 is a Sunday: the due day stays, reminders fall on the working days before.
    expect(feb.dueAt).toBe('2022-02-20T16:59:59.999Z');
    expect(feb.milestones.reminders).toEqual(['2022-02-16T01:00:00.000Z', '2022-02-18T01:00:00.000Z']);
  });
});

describe('recurring duty periods', () => {
  it('moves day 31 to the last day of short months', () => {
    const periods = dutyPeriods({ every: 'month', dueDay: 31, from: '2024-01-01', until: '2024-06-30' });
    expect(periods.map((p) => p.dueOn)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30']);
    expect(dutyPeriods({ every: 'month', dueDay: 31, from: '2022-02-01', until: '2022-02-28' })[0].dueOn).toBe('2022-02-28');
  });

  it('puts a quarter due on day D of its last month', () => {
    const periods = dutyPeriods({ every: 'quarter', dueDay: 20, from: '2022-01-25', until: '2022-12-31' });
    expect(periods.map((p) => [p.key, p.label, p.startsOn, p.dueOn])).toEqual([
      ['2022-Q1', 'quý I/2022', '2022-01-01', '2022-03-20'],
      ['2022-Q2', 'quý II/2022', '2022-04-01', '2022-06-20'],
      ['2022-Q3', 'quý III/2022', '2022-07-01', '2022-09-20'],
      ['2022-Q4', 'quý IV/2022', '2022-10-01', '2022-12-20'],
    ]);
  });

  it('keeps only periods whose due day lies within [from, until]', () => {
    const periods = dutyPeriods({ every: 'month', dueDay: 5, from: '2022-01-25', until: '2022-03-04' });
    expect(periods.map((p) => p.key)).toEqual(['2022-02']);
  });

  it('rejects a bad due day', () => {
    expect(() => dutyPeriods({ every: 'month', dueDay: 0, from: '2022-01-01', until: '2022-12-31' })).toThrow(RangeError);
  });

  it('keys and labels periods', () => {
    expect(periodKeyOf('month', '2022-03-15')).toBe('2022-03');
    expect(periodKeyOf('quarter', '2022-08-15')).toBe('2022-Q3');
    expect(periodLabelVi('2022-Q4')).toBe('quý IV/2022');
    expect(() => periodLabelVi('2022-13x')).toThrow(RangeError);
  });
});

describe('reminders and escalation', () => {
  it('drops reminders that would fall before the assignment', () => {
    // Assigned Friday 28/1/2022 with 2 working days: due 8/2; "3 days before" was 27/1.
    expect(reminderInstants('2022-02-08T16:59:59.999Z', [3, 1], cal, '2022-01-28T10:00:00+07:00')).toEqual(['2022-02-07T01:00:00.000Z']);
  });

  it('escalates in plain milliseconds for urgent matters and tests', () => {
    expect(escalationInstants('2022-02-08T10:00:00Z', { maxLevel: 2, delay: { ms: 60_000 } }, cal)).toEqual([
      { level: 1, at: '2022-02-08T10:00:00.000Z', notify: 'Thủ trưởng đơn vị chủ trì' },
      { level: 2, at: '2022-02-08T10:01:00.000Z', notify: 'Lãnh đạo phụ trách của cơ quan ban hành văn bản' },
    ]);
    expect(() => escalationInstants('2022-02-08T10:00:00Z', { maxLevel: 4 as 3, delay: { ms: 1 } }, cal)).toThrow(RangeError);
  });
});

describe('definition validation', () => {
  it('accepts the seed definition', () => {
    expect(taskDefinitionProblems(SEED_DEFINITION)).toEqual([]);
    expect(taskDefinitionProblems({ ...SEED_DEFINITION, item: 'I.1.a' })).toEqual([]);
  });

  it('names each problem', () => {
    const problems = taskDefinitionProblems({
      ...SEED_DEFINITION,
      item: '1..a',
      supportingUnitIds: ['so-noi-vu'],
      timing: { kind: 'recurring', duty: { every: 'month', dueDay: 32, from: '2022-12-31', until: '2022-01-01' } },
      remindBefore: [0],
      escalation: { maxLevel: 4 as 3, delay: { ms: -1 } },
    });
    expect(problems).toHaveLength(7);
    expect(problems[0]).toMatch(/^item: số mục không hợp lệ/);
  });
});
