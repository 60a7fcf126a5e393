// One 907/UBND-NV item ("định kỳ hàng tháng, cuối năm có đánh giá, phân loại") followed for
// Sở Nội vụ through 2022: monthly reports due on the 25th, on time in most months, late in
// March and July, missing in September. The workflow continues as new at every period
// close, evaluates each month, escalates exactly the misses, and grades the year.
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import type { temporal } from '@temporalio/proto';
import { HEAD_SO_NOI_VU, vn } from './support/actors';
import { TaskWorkflowHarness } from './support/task-workflow-harness';

jest.setTimeout(240_000);

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

const REPORT_DAY: Record<number, string | null> = {
  2: '2022-02-18 10:00',
  3: '2022-03-28 10:00', // late: due Fri 25/03
  4: '2022-04-18 10:00',
  5: '2022-05-18 10:00',
  6: '2022-06-17 10:00',
  7: '2022-07-29 10:00', // late: due Mon 25/07
  8: '2022-08-18 10:00',
  9: null, // missing
  10: '2022-10-18 10:00',
  11: '2022-11-18 10:00',
  12: '2022-12-16 10:00',
};

describe('a recurring duty through a whole year', () => {
  let h: TaskWorkflowHarness;

  beforeAll(async () => {
    h = await TaskWorkflowHarness.start('2022-01-25T02:00:00Z');
  });
  afterAll(async () => h?.teardown());

  it('evaluates every month, escalates the misses, continues as new, and grades the year', async () => {
    const handle = await h.startTask({
      taskId: '907-3-so-noi-vu',
      directiveId: 'd-907',
      directiveNumber: '907/UBND-NV',
      directiveDate: '2022-01-25',
      itemRef: '3',
      text: 'Nâng cao chất lượng xây dựng, ban hành quy chế, quy trình làm việc nội bộ ...',
      leadUnitId: 'so-noi-vu',
      assignedAt: vn('2022-01-25 09:00'),
      schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-12-31' },
      evaluationRuleId: 'nd335-points/1',
    });
    await handle.executeUpdate('acknowledge', { args: [{ actor: HEAD_SO_NOI_VU }] });

    for (const [month, when] of Object.entries(REPORT_DAY)) {
      if (!when) continue;
      await h.skipTo(vn(when));
      const reported = await h.env.client.workflow.getHandle(handle.workflowId).executeUpdate<TaskSnapshot, [unknown]>('reportProgress', {
        args: [
          {
            actor: HEAD_SO_NOI_VU,
            percent: 100,
            note: `Báo cáo tháng ${month}/2022`,
            evidence: [{ title: `Báo cáo số ${month}/BC-SNV`, ref: `bc-${month}` }],
          },
        ],
      });
      expect(reported.reports.at(-1)?.period).toBe(`2022-${month.padStart(2, '0')}`);
    }

    const result = await h.env.client.workflow.getHandle(handle.workflowId).result();
    const final = result as TaskSnapshot;

    expect(final.evaluations.map((e) => [e.period, e.result])).toEqual([
      ['2022-02', 'on_time'],
      ['2022-03', 'late'],
      ['2022-04', 'on_time'],
      ['2022-05', 'on_time'],
      ['2022-06', 'on_time'],
      ['2022-07', 'late'],
      ['2022-08', 'on_time'],
      ['2022-09', 'missing'],
      ['2022-10', 'on_time'],
      ['2022-11', 'on_time'],
      ['2022-12', 'on_time'],
    ]);
    // Points rule: 8 × 1 + 2 × 0.5 + 0 = 9 of 11 → 81.8 → "hoàn thành tốt nhiệm vụ".
    expect(final.yearEnd).toMatchObject({
      year: 2022,
      grade: 'good',
      label: 'Hoàn thành tốt nhiệm vụ',
      score: 81.8,
      ruleId: 'nd335-points/1',
    });
    // Continued as new at every period close: one run per month.
    expect(final.run).toBe(10);
    // The level reached in September is kept across runs.
    expect(final.escalationLevel).toBe(3);

    const escalations = h.facts.of('907-3-so-noi-vu', 'task.escalated').map((e) => {
      const p = e.payload as { trigger: string; level: number; scheduledAt: string; recipient: { userId: string } };
      return [p.trigger, p.level, p.scheduledAt, p.recipient.userId];
    });
    expect(escalations).toEqual([
      ['report:2022-03', 1, '2022-03-25T16:59:59.999Z', 'so-noi-vu.giamdoc'],
      ['report:2022-07', 1, '2022-07-25T16:59:59.999Z', 'so-noi-vu.giamdoc'],
      ['report:2022-07', 2, '2022-07-27T16:59:59.999Z', 'ubnd-tinh.pct-noi-chinh'],
      ['report:2022-09', 1, '2022-09-25T16:59:59.999Z', 'so-noi-vu.giamdoc'],
      ['report:2022-09', 2, '2022-09-27T16:59:59.999Z', 'ubnd-tinh.pct-noi-chinh'],
      ['report:2022-09', 3, '2022-09-29T16:59:59.999Z', 'ubnd-tinh.chutich'],
    ]);
    // Reminders only where no report was in yet: 3 and 1 working days before the 25th.
    const reminded = h.facts.of('907-3-so-noi-vu', 'task.reminded').map((e) => (e.payload as { scheduledAt: string }).scheduledAt);
    expect(reminded).toEqual([
      '2022-03-22T01:00:00.000Z',
      '2022-03-24T01:00:00.000Z',
      '2022-07-20T01:00:00.000Z',
      '2022-07-22T01:00:00.000Z',
      '2022-09-21T01:00:00.000Z',
      '2022-09-23T01:00:00.000Z',
    ]);
    expect(h.facts.of('907-3-so-noi-vu', 'task.evaluated')).toHaveLength(11);
    expect(h.facts.of('907-3-so-noi-vu', 'unit.graded')).toHaveLength(1);
    expect(h.facts.duplicates).toEqual([]);

    // History per run stays small: print it for the record (issue note), assert a bound.
    const lengths: number[] = [];
    let runId: string | undefined = handle.firstExecutionRunId;
    while (runId) {
      const history: { events?: HistoryEvent[] | null } = await h.env.client.workflow.getHandle(handle.workflowId, runId).fetchHistory();
      const events: HistoryEvent[] = history.events ?? [];
      lengths.push(events.length);
      runId = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
    }
    console.log(`one-year task: ${lengths.length} runs, history events per run: ${lengths.join(', ')}`);
    expect(lengths).toHaveLength(11);
    expect(Math.max(...lengths)).toBeLessThan(200);
  });
});
