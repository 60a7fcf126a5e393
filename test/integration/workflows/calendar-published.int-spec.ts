// A calendar version published while tasks run, delivered to the workflow as the
// orchestrator's rollout does (the `calendarPublished` signal), on Temporal's
// time-skipping server: a day off announced ahead of a working-day deadline moves the
// deadline, its reminders and escalations; one announced after the deadline leaves what
// was decided alone; a version landing while a reminder timer is pending re-plans it.
import { VN_CIVIL_SERVICE_CALENDAR, type CalendarData } from '@dondoc/domain';
import { bundleTaskWorkflows } from '@dondoc/temporal';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { Worker } from '@temporalio/worker';
import { HEAD_SO_NOI_VU } from './support/actors';
import { TaskWorkflowHarness } from './support/task-workflow-harness';

jest.setTimeout(240_000);

/** Version `sequence` of the calendar: version 1's data plus days off announced for 2022. */
function withDaysOff(sequence: number, ...dates: string[]): CalendarData {
  const y2022 = VN_CIVIL_SERVICE_CALENDAR.years[2022];
  return {
    ...VN_CIVIL_SERVICE_CALENDAR,
    version: `vn-civil-service/v${sequence}-test`,
    sequence,
    years: {
      ...VN_CIVIL_SERVICE_CALENDAR.years,
      2022: {
        ...y2022,
        daysOff: dates.map((date) => ({ date, name: 'Nghỉ theo thông báo thử nghiệm', notice: `Thông báo thử nghiệm số ${sequence}/TB` })),
      },
    },
  };
}

const END_OF = (day: string) => new Date(Date.parse(`${day}T23:59:59.999+07:00`)).toISOString();
const EIGHT_ON = (day: string) => new Date(Date.parse(`${day}T08:00:00+07:00`)).toISOString();

describe('calendar versions published while tasks run', () => {
  let h: TaskWorkflowHarness;

  beforeAll(async () => {
    h = await TaskWorkflowHarness.start('2022-03-01T01:00:00Z');
  });
  afterAll(async () => h?.teardown());

  const task = (taskId: string, assignedAt: string, workingDays: number, escalation = { levels: 2, delay: { workingDays: 1 } }) => ({
    taskId,
    directiveId: 'd-calendar',
    directiveNumber: '907/UBND-NV',
    itemRef: '1',
    text: 'Báo cáo kết quả rà soát',
    leadUnitId: 'so-noi-vu',
    assignedAt,
    schedule: { kind: 'deadline' as const, workingDays },
    escalation,
  });
  const facts = (taskId: string, type: string) =>
    h.facts.of(taskId, type).map((e) => e.payload as { trigger: string; scheduledAt: string; level?: number });

  it('an extra day off announced while the task runs moves its deadline, reminders and escalations', async () => {
    // Assigned Tue 01/03/2022; 10 working days: end of Tue 15/03.
    const handle = await h.startTask(task('cal-ahead', '2022-03-01T09:00:00+07:00', 10));
    await handle.executeUpdate('acknowledge', { args: [{ actor: HEAD_SO_NOI_VU }] });
    expect((await h.snapshot(handle)).dueAt).toBe(END_OF('2022-03-15'));

    await h.skipTo('2022-03-03T02:00:00Z');
    await h.publishCalendar(handle, withDaysOff(2, '2022-03-10')); // Thursday 10/03 off
    const moved = await waitFor(handle, (s) => s.calendarVersion === 'vn-civil-service/v2-test');
    expect(moved).toMatchObject({ dueAt: END_OF('2022-03-16'), originalDueAt: END_OF('2022-03-16') });
    expect(moved.timeline.at(-1)?.text).toBe(
      'Áp dụng lịch làm việc phiên bản 2 (vn-civil-service/v2-test): hạn hoàn thành 15/03/2022 → 16/03/2022.',
    );

    await h.skipTo('2022-03-16T02:00:00Z'); // the old deadline has passed: nothing is missed
    expect(facts('cal-ahead', 'task.overdue')).toHaveLength(0);
    await h.skipTo('2022-03-18T02:00:00Z');
    // Reminders 3 and 1 working days before Wed 16/03, 10/03 being off: Fri 11/03 and Tue 15/03.
    expect(facts('cal-ahead', 'task.reminded').map((p) => [p.trigger, p.scheduledAt])).toEqual([
      ['due#2', EIGHT_ON('2022-03-11')],
      ['due#2', EIGHT_ON('2022-03-15')],
    ]);
    expect(facts('cal-ahead', 'task.overdue').map((p) => p.scheduledAt)).toEqual([END_OF('2022-03-16')]);
    expect(facts('cal-ahead', 'task.escalated').map((p) => [p.level, p.scheduledAt])).toEqual([
      [1, END_OF('2022-03-16')],
      [2, END_OF('2022-03-17')],
    ]);
    expect(h.facts.duplicates).toEqual([]);

    // The history with the signal replays with the same code: the re-plan is deterministic.
    await expect(
      Worker.runReplayHistory({ workflowBundle: await bundleTaskWorkflows(), replayName: 'calendar' }, await handle.fetchHistory()),
    ).resolves.toBeUndefined();
  });

  it('a day off announced after the deadline changes nothing already decided', async () => {
    // Assigned Fri 01/04/2022; 3 working days: end of Wed 06/04. Escalation every 2 working days.
    const handle = await h.startTask(task('cal-after', '2022-04-01T09:00:00+07:00', 3, { levels: 3, delay: { workingDays: 2 } }));
    await handle.executeUpdate('acknowledge', { args: [{ actor: HEAD_SO_NOI_VU }] });
    await h.skipTo('2022-04-07T02:00:00Z');
    expect(facts('cal-after', 'task.escalated').map((p) => [p.level, p.scheduledAt])).toEqual([[1, END_OF('2022-04-06')]]);

    // 05/04 (before the deadline, too late to matter) and 08/04 (before level 2) announced off.
    await h.publishCalendar(handle, withDaysOff(3, '2022-04-05', '2022-04-08'));
    const after = await waitFor(handle, (s) => s.calendarVersion === 'vn-civil-service/v3-test');
    expect(after).toMatchObject({ dueAt: END_OF('2022-04-06'), originalDueAt: END_OF('2022-04-06'), escalationLevel: 1 });

    // Level 2, two working days after 06/04: 07/04, then (08/04 off, weekend, 11/04 Giỗ Tổ compensatory) 12/04.
    await h.skipTo('2022-04-12T16:00:00Z');
    expect(facts('cal-after', 'task.escalated')).toHaveLength(1);
    await h.skipTo('2022-04-13T02:00:00Z');
    expect(facts('cal-after', 'task.overdue')).toHaveLength(1);
    expect(facts('cal-after', 'task.escalated').map((p) => [p.trigger, p.level, p.scheduledAt])).toEqual([
      ['due', 1, END_OF('2022-04-06')],
      ['due', 2, END_OF('2022-04-12')],
    ]);
    expect(h.facts.duplicates).toEqual([]);
  });

  it('a version published while a reminder timer is pending re-plans the timer', async () => {
    // Assigned Wed 04/05/2022; 5 working days: end of Wed 11/05; first reminder Fri 06/05 08:00.
    const handle = await h.startTask(task('cal-pending', '2022-05-04T09:00:00+07:00', 5));
    await handle.executeUpdate('acknowledge', { args: [{ actor: HEAD_SO_NOI_VU }] });
    await h.skipTo('2022-05-05T02:00:00Z'); // the workflow sleeps until 06/05 08:00
    await h.publishCalendar(handle, withDaysOff(4, '2022-05-06'));
    expect(await waitFor(handle, (s) => s.calendarVersion === 'vn-civil-service/v4-test')).toMatchObject({ dueAt: END_OF('2022-05-12') });

    await h.skipTo('2022-05-06T03:00:00Z'); // the old timer's instant: no reminder on a day off
    expect(facts('cal-pending', 'task.reminded')).toHaveLength(0);
    await h.skipTo('2022-05-09T02:00:00Z');
    expect(facts('cal-pending', 'task.reminded').map((p) => [p.trigger, p.scheduledAt])).toEqual([['due#2', EIGHT_ON('2022-05-09')]]);

    // Delivered again (the rollout retries): an older or equal version is ignored.
    const revision = (await h.snapshot(handle)).revision;
    await h.publishCalendar(handle, withDaysOff(4, '2022-05-06'));
    await h.publishCalendar(handle, withDaysOff(2, '2022-03-10'));
    expect((await h.snapshot(handle)).revision).toBe(revision);
  });

  it('a task started under a published version follows it', async () => {
    const handle = await h.startTask(task('cal-start', '2022-05-16T09:00:00+07:00', 2), withDaysOff(5, '2022-05-17'));
    // Mon 16/05 + 2 working days, Tue 17/05 off: end of Thu 19/05.
    expect(await h.snapshot(handle)).toMatchObject({
      calendarVersion: 'vn-civil-service/v5-test',
      calendarSequence: 5,
      dueAt: END_OF('2022-05-19'),
    });
  });

  it('a recurring duty keeps the version it adopted across continue-as-new', async () => {
    const handle = await h.startTask({
      ...task('cal-recurring', '2022-05-20T09:00:00+07:00', 1),
      schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-05-20', until: '2022-07-31' },
    });
    await h.publishCalendar(handle, withDaysOff(6, '2022-06-24'));
    await waitFor(handle, (s) => s.calendarSequence === 6);
    await h.skipTo('2022-06-02T02:00:00Z'); // May's period closed: the follow-up continued as new
    const next = await waitFor(handle, (s) => s.run >= 1);
    expect(next).toMatchObject({ calendarVersion: 'vn-civil-service/v6-test', calendarSequence: 6 });
    expect(next.evaluations.map((e) => e.period)).toEqual(['2022-05']);
  });
});

async function waitFor(handle: Parameters<TaskWorkflowHarness['snapshot']>[0], ok: (s: TaskSnapshot) => boolean): Promise<TaskSnapshot> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const snapshot = (await handle.query('snapshot')) as TaskSnapshot;
    if (ok(snapshot)) return snapshot;
    if (Date.now() > deadline)
      throw new Error(`snapshot never matched: ${JSON.stringify({ calendarVersion: snapshot.calendarVersion, dueAt: snapshot.dueAt })}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
