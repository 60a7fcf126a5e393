// A one-year recurring duty (907/UBND-NV item 3 for Sở Nội vụ, monthly reports, three
// misses, continue-as-new at every period close) run on the time-skipping server with the
// audit wired in as in production. Snapshots shown at scripted moments are recorded; at
// the end every run is archived and linked, the chain replays as one, the directive
// verifies, and "as of" answers for each moment match what was shown then.
import { sha256Hex, type TaskStateAsOf } from '@dondoc/audit';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { gzipSync } from 'node:zlib';
import { AuditedTaskHarness } from './support/audited-task-harness';

jest.setTimeout(300_000);

const HEAD = { userId: 'so-noi-vu.giamdoc', role: 'unit-head', unitId: 'so-noi-vu' } as const;
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`).toISOString();
const TASK_ID = '907-3-so-noi-vu-audit';

// Reports (month → day) and moments to look at the task without doing anything.
const SCRIPT: { at: string; report?: number }[] = [
  { at: '2022-02-18 10:00', report: 2 },
  { at: '2022-03-27 10:00' }, // after the March miss was escalated
  { at: '2022-03-28 10:00', report: 3 },
  { at: '2022-04-18 10:00', report: 4 },
  { at: '2022-06-01 10:00' },
  { at: '2022-06-17 10:00', report: 6 },
  { at: '2022-07-28 10:00' }, // level 2 in July
  { at: '2022-07-29 10:00', report: 7 },
  { at: '2022-09-30 10:00' }, // September missing: level 3
  { at: '2022-10-18 10:00', report: 10 },
  { at: '2022-12-16 10:00', report: 12 },
];

describe('a one-year task, archived and audited', () => {
  let h: AuditedTaskHarness;
  const shown: { at: string; snapshot: TaskSnapshot }[] = [];
  let final: TaskSnapshot;

  beforeAll(async () => {
    h = await AuditedTaskHarness.start('2022-01-25T02:00:00Z');
    const handle = await h.startTask({
      taskId: TASK_ID,
      directiveId: 'd-907-audit',
      directiveNumber: '907/UBND-NV',
      directiveDate: '2022-01-25',
      itemRef: '3',
      text: 'Nâng cao chất lượng xây dựng, ban hành quy chế, quy trình làm việc nội bộ ...',
      leadUnitId: 'so-noi-vu',
      assignedAt: vn('2022-01-25 09:00'),
      schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-12-31' },
      evaluationRuleId: 'nd335-points/1',
    });
    const current = () => h.env.client.workflow.getHandle(handle.workflowId);
    // The moment a snapshot was shown: the server's clock then, or the workflow's own
    // clock in the snapshot if that is later (the two differ by milliseconds).
    const show = async (snapshot: TaskSnapshot) => {
      const now = await h.now();
      shown.push({ at: Date.parse(snapshot.asOf) > Date.parse(now) ? snapshot.asOf : now, snapshot });
    };
    await show(await current().executeUpdate<TaskSnapshot, [unknown]>('acknowledge', { args: [{ actor: HEAD, requestId: 'req-ack' }] }));
    for (const step of SCRIPT) {
      await h.skipTo(vn(step.at));
      const snapshot = step.report
        ? await current().executeUpdate<TaskSnapshot, [unknown]>('reportProgress', {
            args: [{ actor: HEAD, requestId: `req-report-${step.report}`, percent: 100, note: `Báo cáo tháng ${step.report}/2022` }],
          })
        : await current().query<TaskSnapshot>('snapshot');
      await show(snapshot);
    }
    final = (await current().result()) as TaskSnapshot;
  });
  afterAll(async () => h?.teardown());

  it('archives every run of the year, linked into one chain, once', async () => {
    const sweep = await h.finalArchiver().sweepOnce();
    expect(sweep.failed).toEqual([]);
    const runs = await h.archive.runsOfTask(TASK_ID);
    expect(runs.map((r) => r.runIndex)).toEqual(Array.from({ length: final.run + 1 }, (_, i) => i));
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i].previousRunId).toBe(runs[i - 1].runId);
      expect(runs[i - 1].nextRunId).toBe(runs[i].runId);
      expect(runs[i].firstRunId).toBe(runs[0].runId);
    }
    expect(runs.at(-1)).toMatchObject({ closeType: 'completed', nextRunId: null });
    expect(await h.archive.hasFinalRun(TASK_ID)).toBe(true);
    expect((await h.finalArchiver().sweepOnce()).archived).toEqual([]);
    // A pass limited to recently finished tasks sees it only if it finished in the window.
    expect((await h.finalArchiver().sweepOnce('2022-12-01T00:00:00.000Z')).checked).toBe(1);
    expect((await h.finalArchiver().sweepOnce('2023-02-01T00:00:00.000Z')).checked).toBe(0);

    const raw = runs.reduce((n, r) => n + r.sizeBytes, 0);
    const stored = runs.reduce((n, r) => n + r.storedBytes, 0);
    const events = runs.reduce((n, r) => n + r.eventCount, 0);
    console.log(
      `archive size per one-year task: ${runs.length} runs, ${events} events, ${(raw / 1024).toFixed(1)} KiB JSON → ${(stored / 1024).toFixed(1)} KiB stored (gzip); ` +
        `archived by the workflow's archiveRun activity: ${runs.length - sweep.archived.length}, by the final-run sweep: ${sweep.archived.length}`,
    );
  });

  it('replays the whole chain deterministically against the current code', async () => {
    const report = await h.replay().replay({ taskId: TASK_ID });
    expect(report.runs.filter((r) => !r.deterministic)).toEqual([]);
    expect(report.chains).toEqual([expect.objectContaining({ taskId: TASK_ID, linked: true, closed: true, ok: true })]);
    expect(report.ok).toBe(true);
    console.log(`replay of the one-year chain: ${report.events} events in ${report.total} runs, ${report.eventsPerSecond} events/s`);
  });

  it('answers "as of" each scripted moment with what was shown then', async () => {
    const asOf = h.asOf();
    const comparable = (s: TaskSnapshot | TaskStateAsOf) => ({
      status: s.status,
      dueAt: s.dueAt,
      escalationLevel: s.escalationLevel,
      reports: s.reports,
      evaluations: s.evaluations,
    });
    for (const moment of shown) {
      const state = await asOf.stateAt(TASK_ID, moment.at);
      expect({ at: moment.at, ...comparable(state as TaskStateAsOf) }).toEqual({ at: moment.at, ...comparable(moment.snapshot) });
      expect(state).toMatchObject({ calendarVersion: final.calendarVersion, orgChartVersion: expect.stringMatching(/@v\d+$/) });
    }
    const september = await asOf.stateAt(TASK_ID, vn('2022-09-30 10:00'));
    expect(september?.escalationLevel).toBe(3);
    // The trail up to that instant: the escalations so far (the last one to level 3), none after.
    const escalations = september?.auditEntries.filter((e) => e.what === 'task.escalated') ?? [];
    expect(escalations.at(-1)?.details).toMatchObject({ level: 3, trigger: 'report:2022-09' });
    expect(september?.auditEntries.every((e) => Date.parse(e.when) <= Date.parse(vn('2022-09-30 10:00')))).toBe(true);
    expect(september?.timeline.at(-1)?.text).toMatch(/vượt cấp mức 3/);
    expect(await asOf.stateAt(TASK_ID, vn('2022-01-24 10:00'))).toBeNull();
  });

  it('verifies the directive: an intact chain that recorded every archived history', async () => {
    const result = await h.verifier().verify('d-907-audit');
    expect(result.chain.firstProblem).toBeNull();
    expect(result).toMatchObject({ ok: true, histories: { checked: final.run + 1, mismatched: [] } });
    const entries = await h.trail.entries('d-907-audit');
    expect(entries.filter((e) => e.what === 'history.archived')).toHaveLength(final.run + 1);
    expect(entries.find((e) => e.what === 'task.acknowledged')).toMatchObject({
      who: HEAD.userId,
      role: HEAD.role,
      unit: HEAD.unitId,
      requestId: 'req-ack',
    });
  });

  it('names a history rewritten together with its recorded hash, and an edited trail entry, at their exact place', async () => {
    const runs = await h.archive.runsOfTask(TASK_ID);
    const victim = runs[4];
    const original = (await h.archive.historyBytes(victim.runId))?.json.toString('utf8') ?? '';
    // Rewrite history: a timer that fired (a deadline passed) now reads as cancelled.
    const forged = Buffer.from(original.replace('"EVENT_TYPE_TIMER_FIRED"', '"EVENT_TYPE_TIMER_CANCELED"'));
    expect(forged.equals(Buffer.from(original))).toBe(false);
    // A careful forger rewrites the body and its recorded hash together.
    await h.connection
      .collection('audit_histories')
      .updateOne({ _id: victim.runId as never }, { $set: { body: gzipSync(forged), sha256: sha256Hex(forged), sizeBytes: forged.length } });
    expect(await h.archive.checkIntegrity(victim.runId)).toMatchObject({ ok: true }); // consistent with itself…
    const entries = await h.trail.entries('d-907-audit');
    const k = entries.find((e) => e.what === 'task.progress-reported')?.seq ?? 0;
    await h.connection.collection('audit_entries').updateOne({ directiveId: 'd-907-audit', seq: k }, { $set: { who: 'ke-gian' } });

    const result = await h.verifier().verify('d-907-audit');
    expect(result.ok).toBe(false);
    expect(result.chain.firstProblem).toMatchObject({ kind: 'edited', seq: k });
    // …but not with the hash the chain recorded when the run was archived.
    expect(result.histories.mismatched).toEqual([
      expect.objectContaining({ runId: victim.runId, ok: false, expectedSha256: victim.sha256 }),
    ]);
  });
});
