import { taskDefinitionSchema } from '@dondoc/contracts';
import { VN_CIVIL_SERVICE_CALENDAR, civilServiceCalendar, createWorkingCalendar, type CalendarData } from '@dondoc/domain';
import { TaskFollowUp } from './task-follow-up.state';

// Taking up a published calendar version, as the state does it (the workflow specs run the
// same through Temporal): what moves, what stays.

const ACTOR = { userId: 'so-noi-vu.giamdoc', role: 'unit-head', unitId: 'so-noi-vu' } as const;
const definition = taskDefinitionSchema.parse({
  schemaVersion: 1,
  taskId: 't-cal',
  directiveId: 'd',
  directiveNumber: '1/UBND',
  itemRef: '1',
  text: 'Báo cáo',
  leadUnitId: 'so-noi-vu',
  assignedAt: '2022-03-01T09:00:00+07:00', // Tuesday
  schedule: { kind: 'deadline', workingDays: 10 },
});
const withDayOff = (sequence: number, date: string): CalendarData => ({
  ...VN_CIVIL_SERVICE_CALENDAR,
  version: `test/v${sequence}`,
  sequence,
  years: {
    ...VN_CIVIL_SERVICE_CALENDAR.years,
    2022: { ...VN_CIVIL_SERVICE_CALENDAR.years[2022], daysOff: [{ date, name: 'Nghỉ', notice: 'TB 1' }] },
  },
});
const at = (iso: string) => Date.parse(iso);

describe('TaskFollowUp.adoptCalendar', () => {
  it('moves the first acknowledgement window and the working-day deadline, both still ahead', () => {
    const f = TaskFollowUp.start(definition, civilServiceCalendar);
    expect(f.state.task.acknowledgeBy).toBe('2022-03-03T16:59:59.999Z'); // end of Thu 03/03
    const data = withDayOff(2, '2022-03-02');
    expect(f.adoptCalendar(data, createWorkingCalendar(data), at('2022-03-01T05:00:00Z'))).toBe(true);
    expect(f.state.task).toMatchObject({
      acknowledgeBy: '2022-03-04T16:59:59.999Z',
      dueAt: '2022-03-16T16:59:59.999Z',
      originalDueAt: '2022-03-16T16:59:59.999Z',
    }); // 15/03 + one day
    expect(f.state.ack?.generation).toBe(2);
    expect(f.state.due?.generation).toBe(2);
    expect(f.snapshot(at('2022-03-01T05:00:00Z'))).toMatchObject({ calendarSequence: 2, calendarVersion: 'test/v2' });
  });

  it('leaves a paused task’s deadlines to its resume, and ignores a version not newer', () => {
    const f = TaskFollowUp.start(definition, civilServiceCalendar);
    f.apply({ type: 'pause', reason: 'Chờ ý kiến' }, { actor: ACTOR }, at('2022-03-01T04:00:00Z'));
    const before = f.state.task;
    const data = withDayOff(3, '2022-03-08');
    expect(f.adoptCalendar(data, createWorkingCalendar(data), at('2022-03-01T05:00:00Z'))).toBe(true);
    expect(f.state.task).toEqual(before);
    const revision = f.revision;
    expect(
      f.adoptCalendar(withDayOff(2, '2022-03-09'), createWorkingCalendar(withDayOff(2, '2022-03-09')), at('2022-03-01T06:00:00Z')),
    ).toBe(false);
    expect(f.revision).toBe(revision);
  });

  it('keeps an extended deadline where the decision put it', () => {
    const f = TaskFollowUp.start(definition, civilServiceCalendar);
    f.apply({ type: 'acknowledge' }, { actor: ACTOR }, at('2022-03-01T04:00:00Z'));
    f.apply(
      { type: 'requestExtension', newDueAt: '2022-03-25T10:00:00Z', reason: 'Chờ số liệu' },
      { actor: ACTOR },
      at('2022-03-02T04:00:00Z'),
    );
    f.apply(
      { type: 'decideExtension', requestId: 'ext-1', approve: true },
      { actor: { userId: 'l', role: 'leader', unitId: 'ubnd-tinh' } },
      at('2022-03-02T05:00:00Z'),
    );
    const data = withDayOff(2, '2022-03-10');
    f.adoptCalendar(data, createWorkingCalendar(data), at('2022-03-03T05:00:00Z'));
    expect(f.state.task.dueAt).toBe('2022-03-25T10:00:00.000Z');
  });
});
