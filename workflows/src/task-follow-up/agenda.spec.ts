import type { CarriedState } from '@dondoc/task-follow-up';
import { agenda, dueItems, triggerName } from './agenda';

const milestones = (dueAt: string, reminders: string[], escalations: string[]) => ({
  dueAt,
  reminders,
  escalations: escalations.map((at, i) => ({ level: (i + 1) as 1 | 2 | 3, at, notify: '' })),
});

function state(over: Partial<CarriedState>): CarriedState {
  return {
    task: {
      status: 'acknowledged',
      taskId: 't',
      leadUnitId: 'u',
      assignedAt: '2022-01-01T00:00:00.000Z',
      acknowledgeWithin: { workingDays: 2 },
      extensionRequests: [],
      escalationLevel: 0,
    },
    revision: 1,
    calendarVersion: 'v',
    periods: [],
    evaluations: [],
    reports: [],
    timeline: [],
    done: [],
    run: 0,
    ...over,
  } as CarriedState;
}

describe('agenda', () => {
  const due = {
    ...milestones('2022-03-15T10:00:00.000Z', ['2022-03-10T01:00:00.000Z'], ['2022-03-15T10:00:00.000Z', '2022-03-17T10:00:00.000Z']),
    generation: 1,
  };

  it('lists reminders, the overdue notice and escalation levels in time order', () => {
    expect(agenda(state({ due })).map((i) => i.key)).toEqual([
      'remind:due:2022-03-10T01:00:00.000Z',
      'overdue:due',
      'escalate:due:1',
      'escalate:due:2',
    ]);
  });

  it('drops what is done, and everything once the work is handed in or paused', () => {
    expect(agenda(state({ due, done: ['remind:due:2022-03-10T01:00:00.000Z', 'overdue:due'] })).map((i) => i.key)).toEqual([
      'escalate:due:1',
      'escalate:due:2',
    ]);
    const submitted = state({ due, task: { ...state({}).task, status: 'submitted' } as CarriedState['task'] });
    expect(agenda(submitted)).toEqual([]);
    const paused = state({ due, task: { ...state({}).task, status: 'paused' } as CarriedState['task'] });
    expect(agenda(paused)).toEqual([]);
  });

  it('names moved deadlines as new triggers', () => {
    expect([triggerName('due', 1), triggerName('due', 2), triggerName('ack', 3)]).toEqual(['due', 'due#2', 'ack#3']);
    expect(agenda(state({ due: { ...due, generation: 2 } }))[1].key).toBe('overdue:due#2');
  });

  it('stops a period report escalation at the period close and closes the period', () => {
    const period = {
      key: '2022-03',
      label: 'tháng 03/2022',
      dueAt: '2022-03-25T16:59:59.999Z',
      closesAt: '2022-03-31T16:59:59.999Z',
      milestones: milestones(
        '2022-03-25T16:59:59.999Z',
        [],
        ['2022-03-25T16:59:59.999Z', '2022-03-29T16:59:59.999Z', '2022-04-01T16:59:59.999Z'],
      ),
    };
    expect(agenda(state({ periods: [period] })).map((i) => i.key)).toEqual([
      'overdue:report:2022-03',
      'escalate:report:2022-03:1',
      'escalate:report:2022-03:2',
      'close:2022-03',
    ]);
    const reported = { ...period, reportedAt: '2022-03-20T03:00:00.000Z' };
    expect(agenda(state({ periods: [reported] })).map((i) => i.key)).toEqual(['close:2022-03']);
  });

  it('splits due items from the next wake-up', () => {
    const { due: now, nextAt } = dueItems(state({ due }), Date.parse('2022-03-15T10:00:00.000Z'));
    expect(now.map((i) => i.key)).toEqual(['remind:due:2022-03-10T01:00:00.000Z', 'overdue:due', 'escalate:due:1']);
    expect(nextAt).toBe(Date.parse('2022-03-17T10:00:00.000Z'));
  });
});
