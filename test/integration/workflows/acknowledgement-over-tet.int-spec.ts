// An acknowledgement window of 2 working days that starts on Friday 28/01/2022, the last
// working day before lunar Tết Nhâm Dần: the Tết days off (31/01–04/02) and the weekends
// do not count, so the window closes at the end of Tuesday 08/02/2022 and the escalation
// to the head of Sở Nội vụ fires then, not a week earlier.
import { TaskWorkflowHarness } from './support/task-workflow-harness';

jest.setTimeout(120_000);

describe('acknowledgement window spanning lunar Tết 2022', () => {
  let h: TaskWorkflowHarness;

  beforeAll(async () => {
    h = await TaskWorkflowHarness.start('2022-01-28T02:00:00Z');
  });
  afterAll(async () => h?.teardown());

  it('escalates on the right working day', async () => {
    const handle = await h.startTask({
      taskId: 'tet-ack',
      directiveId: 'd-907',
      directiveNumber: '907/UBND-NV',
      itemRef: '1',
      text: 'Tiếp tục làm tốt công tác tuyên truyền, phổ biến ...',
      leadUnitId: 'so-noi-vu',
      assignedAt: '2022-01-28T09:00:00+07:00',
      schedule: { kind: 'deadline', at: '2022-03-31T17:00:00+07:00' },
      escalation: { levels: 2, delay: { workingDays: 1 } },
    });
    const first = await h.snapshot(handle);
    expect(first.acknowledgeBy).toBe('2022-02-08T16:59:59.999Z'); // 23:59:59.999 on 08/02 in Vietnam

    await h.skipTo('2022-02-08T16:00:00Z'); // still 08/02 in Vietnam: not yet late
    expect(h.facts.of('tet-ack', 'task.escalated')).toHaveLength(0);

    await h.skipTo('2022-02-09T02:00:00Z'); // Wednesday 09/02, 09:00 in Vietnam
    const escalated = escalations(h, 'tet-ack');
    expect(escalated.map((p) => [p.trigger, p.level, p.scheduledAt])).toEqual([['ack', 1, '2022-02-08T16:59:59.999Z']]);
    expect(Date.parse(escalated[0].at)).toBeGreaterThanOrEqual(Date.parse(escalated[0].scheduledAt)); // never early
    expect(escalated[0].recipient.userId).toBe('so-noi-vu.giamdoc');
    expect(h.facts.of('tet-ack', 'task.overdue')).toHaveLength(1);

    // Level 2 one working day later (end of Wed 09/02), to the vice-chairman in charge.
    await h.skipTo('2022-02-10T02:00:00Z');
    expect(escalations(h, 'tet-ack')[1]).toMatchObject({
      level: 2,
      scheduledAt: '2022-02-09T16:59:59.999Z',
      recipient: { userId: 'ubnd-tinh.pct-noi-chinh' },
    });

    // Acknowledging late stops the acknowledgement track; the snapshot keeps the level.
    const after = await handle.executeUpdate('acknowledge', {
      args: [{ actor: { userId: 'so-noi-vu.giamdoc', role: 'unit-head', unitId: 'so-noi-vu' } }],
    });
    expect(after).toMatchObject({ status: 'acknowledged', escalationLevel: 2 });
    await h.skipTo('2022-02-20T00:00:00Z');
    expect(h.facts.of('tet-ack', 'task.escalated')).toHaveLength(2);
    expect(h.facts.duplicates).toEqual([]);
  });
});

interface Escalated {
  trigger: string;
  level: number;
  scheduledAt: string;
  at: string;
  recipient: { userId: string };
}

function escalations(h: TaskWorkflowHarness, taskId: string): Escalated[] {
  return h.facts.of(taskId, 'task.escalated').map((e) => e.payload as Escalated);
}
