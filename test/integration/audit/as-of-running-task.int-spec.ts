// "As of" for a task still running: its earlier runs are archived, its current run is
// not (a run is archived when it closes), so recent instants are read from Temporal.
// Without Temporal the answer says it is incomplete rather than silently stale.
import { AsOfService, TemporalLiveRuns } from '@dondoc/audit';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { AuditedTaskHarness } from './support/audited-task-harness';

jest.setTimeout(180_000);

const HEAD = { userId: 'so-tu-phap.giamdoc', role: 'unit-head', unitId: 'so-tu-phap' } as const;
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`).toISOString();
const TASK_ID = 'running-audit-task';

describe('"as of" a running task', () => {
  let h: AuditedTaskHarness;

  beforeAll(async () => {
    h = await AuditedTaskHarness.start('2022-01-25T02:00:00Z');
  });
  afterAll(async () => h?.teardown());

  it('answers from the open run too, and flags an answer that cannot see it', async () => {
    const handle = await h.startTask({
      taskId: TASK_ID,
      directiveId: 'd-running',
      directiveNumber: '120/UBND-TH',
      directiveDate: '2022-01-25',
      itemRef: '2',
      text: 'Rà soát, báo cáo tình hình thực hiện ...',
      leadUnitId: 'so-tu-phap',
      assignedAt: vn('2022-01-25 09:00'),
      schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-06-30' },
      evaluationRuleId: 'nd335-points/1',
    });
    const current = () => h.env.client.workflow.getHandle(handle.workflowId);
    await current().executeUpdate('acknowledge', { args: [{ actor: HEAD }] });
    // Before the first archive the timeline still names its directive and counts the live run.
    const early = await new AsOfService(h.archive, h.trail, undefined, new TemporalLiveRuns(h.env.client)).timeline(TASK_ID);
    expect(early).toMatchObject({
      directiveId: 'd-running',
      directiveNumber: '120/UBND-TH',
      archivedRuns: [],
      liveRunId: expect.any(String),
    });
    expect(early.lines.length).toBeGreaterThan(0);
    await h.skipTo(vn('2022-03-10 10:00')); // February closed: run 0 archived by run 1
    const reported = await current().executeUpdate<TaskSnapshot, [unknown]>('reportProgress', {
      args: [{ actor: HEAD, percent: 50, note: 'Báo cáo tháng 3' }],
    });
    const now = await h.now();
    const at = Date.parse(reported.asOf) > Date.parse(now) ? reported.asOf : now;

    const archived = await h.archive.runsOfTask(TASK_ID);
    expect(archived.map((r) => r.runIndex)).toEqual([0]);

    const withTemporal = await new AsOfService(h.archive, h.trail, undefined, new TemporalLiveRuns(h.env.client)).stateAt(TASK_ID, at);
    expect(withTemporal).toMatchObject({
      status: reported.status,
      reports: reported.reports,
      evaluations: reported.evaluations,
      basis: { archivedRuns: 1, complete: true },
    });
    expect(withTemporal?.source.live).toBe(true);

    const archiveOnly = await h.asOf().stateAt(TASK_ID, at);
    expect(archiveOnly?.basis).toEqual({ archivedRuns: 1, liveRunId: null, complete: false });
    expect(archiveOnly?.reports).not.toEqual(reported.reports);
  });

  it('archives the last run once the cancelled task has closed, and the chain replays as one', async () => {
    const current = h.env.client.workflow.getHandle(`task:${TASK_ID}`);
    await current.executeUpdate('cancel', {
      args: [
        {
          actor: { userId: 'van-phong-ubnd-tinh.chanhvanphong', role: 'issuer', unitId: 'van-phong-ubnd-tinh' },
          reason: 'Thu hồi văn bản',
        },
      ],
    });
    await current.result();
    const sweep = await h.finalArchiver().sweepOnce();
    expect(sweep).toMatchObject({ failed: [], stillOpen: [] });
    const runs = await h.archive.runsOfTask(TASK_ID);
    expect(runs.map((r) => [r.runIndex, r.closeType])).toEqual([
      [0, 'continued-as-new'],
      [1, 'completed'],
    ]);
    const report = await h.replay().replay({ taskId: TASK_ID });
    expect(report.chains).toEqual([expect.objectContaining({ linked: true, closed: true, ok: true })]);
    const final = await h.asOf().stateAt(TASK_ID, await h.now());
    expect(final).toMatchObject({ status: 'cancelled', basis: { complete: true } });
  });
});
