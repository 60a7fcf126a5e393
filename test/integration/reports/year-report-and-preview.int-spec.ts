// The year scenario of the workflow tests (907/UBND-NV item 3 for Sở Nội vụ through 2022:
// late in March and July, missing in September), run twice: on the real time-skipping
// Temporal server, and as a preview computed in process before "issuing". The preview must
// name the same reminders, escalations (instants and recipients), evaluations and grade;
// and a report read from the task read model in MongoDB must count what the workflow
// evaluated.
import type { DirectiveDraft } from '@dondoc/contracts';
import { civilServiceCalendar, type OrgChartSeed } from '@dondoc/domain';
import { DirectiveRepository, ReportSourceReader, TaskReadModelRepository, connectMongo } from '@dondoc/persistence';
import { buildReport, previewDirective, recipientLookupOf, reportRequestSchema, type DirectivePreview } from '@dondoc/reports';
import { StaticOrgChartSource } from '@dondoc/task-activities';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import type { Connection } from 'mongoose';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HEAD_SO_NOI_VU, vn } from '../workflows/support/actors';
import { TaskWorkflowHarness } from '../workflows/support/task-workflow-harness';

jest.setTimeout(240_000);

const seed = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8'),
) as OrgChartSeed;

// The same days as test/integration/workflows/recurring-duty-year.int-spec.ts.
const REPORT_DAY: Record<string, string | null> = {
  '2022-02': '2022-02-18 10:00',
  '2022-03': '2022-03-28 10:00',
  '2022-04': '2022-04-18 10:00',
  '2022-05': '2022-05-18 10:00',
  '2022-06': '2022-06-17 10:00',
  '2022-07': '2022-07-29 10:00',
  '2022-08': '2022-08-18 10:00',
  '2022-09': null,
  '2022-10': '2022-10-18 10:00',
  '2022-11': '2022-11-18 10:00',
  '2022-12': '2022-12-16 10:00',
};

const TEXT = 'Nâng cao chất lượng xây dựng, ban hành quy chế, quy trình làm việc nội bộ ...';
const draft: DirectiveDraft = {
  number: '907/UBND-NV',
  date: '2022-01-25',
  subject: 'V/v đẩy mạnh kỷ cương, kỷ luật hành chính',
  issuerUnitId: 'ubnd-tinh',
  tasks: [
    {
      itemRef: '3',
      text: TEXT,
      leadUnitIds: ['so-noi-vu'],
      supportUnitIds: [],
      deadline: { every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-12-31' },
      evaluationRuleId: 'nd335-points/1',
    },
  ],
};

type Escalated = { trigger: string; level: number; scheduledAt: string; recipient: { userId: string } };

describe('the year scenario: workflow, preview and report agree', () => {
  let h: TaskWorkflowHarness;
  let connection: Connection;
  let final: TaskSnapshot;
  let preview: DirectivePreview;
  const directiveId = '907-ubnd-nv-2022-01-25';
  const taskId = `${directiveId}.3.so-noi-vu`;

  beforeAll(async () => {
    h = await TaskWorkflowHarness.start('2022-01-25T02:00:00Z');
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('reports').replace(/-/g, '_')) });
  });
  afterAll(async () => {
    await h?.teardown();
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('runs the year on the time-skipping server', async () => {
    const handle = await h.startTask({
      taskId,
      directiveId,
      directiveNumber: draft.number,
      directiveDate: draft.date,
      itemRef: '3',
      text: TEXT,
      leadUnitId: 'so-noi-vu',
      issuerUnitId: 'ubnd-tinh',
      assignedAt: vn('2022-01-25 09:00'),
      schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-12-31' },
      evaluationRuleId: 'nd335-points/1',
    });
    await handle.executeUpdate('acknowledge', { args: [{ actor: HEAD_SO_NOI_VU }] });
    for (const [period, when] of Object.entries(REPORT_DAY)) {
      if (!when) continue;
      await h.skipTo(vn(when));
      await h.env.client.workflow
        .getHandle(handle.workflowId)
        .executeUpdate('reportProgress', { args: [{ actor: HEAD_SO_NOI_VU, percent: 100, note: `Báo cáo ${period}` }] });
    }
    final = (await h.env.client.workflow.getHandle(handle.workflowId).result()) as TaskSnapshot;
    expect(final.yearEnd).toMatchObject({ grade: 'good', score: 81.8 });
  });

  it('the preview of the draft, computed in process, names the same schedule, evaluations and grade', async () => {
    const started = Date.now();
    preview = await previewDirective(draft, {
      issueAt: vn('2022-01-25 09:00'),
      behaviour: { kind: 'custom', reports: Object.fromEntries(Object.entries(REPORT_DAY).map(([k, v]) => [k, v ? vn(v) : null])) },
      charts: seed.charts,
      calendar: civilServiceCalendar,
      recipient: recipientLookupOf(seed.charts),
    });
    expect(Date.now() - started).toBeLessThan(5_000); // one task's year; the whole seed is a benchmark matter
    const [unit] = preview.units;
    const [task] = unit.tasks;

    const escalated = h.facts.of(taskId, 'task.escalated').map((e) => {
      const p = e.payload as Escalated;
      return [p.trigger, p.level, p.scheduledAt, p.recipient.userId];
    });
    expect(escalated).toHaveLength(6);
    expect(task.schedule.filter((s) => s.kind === 'escalation').map((s) => [s.trigger, s.level, s.at, s.recipient?.userId])).toEqual(
      escalated,
    );

    const reminded = h.facts.of(taskId, 'task.reminded').map((e) => (e.payload as { scheduledAt: string }).scheduledAt);
    expect(task.schedule.filter((s) => s.kind === 'reminder').map((s) => s.at)).toEqual(reminded);

    expect(task.evaluations.map((e) => [e.period, e.result, e.note])).toEqual(final.evaluations.map((e) => [e.period, e.result, e.note]));
    expect(task.yearEnd).toMatchObject({ year: 2022, grade: final.yearEnd?.grade, score: final.yearEnd?.score, ruleId: 'nd335-points/1' });
    expect(task.schedule.filter((s) => s.kind === 'due')).toHaveLength(11);
    expect(unit.grades).toEqual([expect.objectContaining({ year: 2022, ruleId: 'nd335-points/1', grade: 'good', measure: 81.8 })]);
  });

  it('a report read from the task read model in MongoDB counts what the workflow evaluated', async () => {
    const snapshot = h.facts.projection(taskId) as TaskSnapshot;
    const tasks = new TaskReadModelRepository(connection);
    const directives = new DirectiveRepository(connection);
    await Promise.all([tasks.init(), directives.init()]);
    expect(await tasks.project(snapshot)).toBe(true);
    await directives.createDraft(
      directiveId,
      draft,
      { userId: 'van-phong-ubnd-tinh.vanthu', role: 'issuer', unitId: 'van-phong-ubnd-tinh' },
      '2022-01-25T01:00:00Z',
    );

    const deps = { source: new ReportSourceReader(connection), orgCharts: new StaticOrgChartSource(seed.charts) };
    const request = (q: Record<string, string>) => reportRequestSchema.parse({ scope: 'unit', unitId: 'so-noi-vu', ...q });

    const stored = (await tasks.findById(taskId))?.snapshot as TaskSnapshot;
    const count = (r: string) => stored.evaluations.filter((e) => e.result === r).length;
    const year = (await buildReport(deps, request({ period: '2022' }))).report;
    expect(year.totals).toEqual({
      total: stored.evaluations.length,
      due: stored.evaluations.length,
      doneOnTime: count('on_time'),
      doneAfterExtension: 0,
      doneLate: count('late'),
      overdue: count('missing'),
      notDue: 0,
      onTimeRate: count('on_time') / stored.evaluations.length,
    });
    expect(year.totals).toMatchObject({ total: 11, doneOnTime: 8, doneLate: 2, overdue: 1 });
    expect(year.matrix.rows[0].cells.map((c) => (c.doneOnTime ? 'Đ' : c.doneLate ? 'C' : c.overdue ? 'Q' : '-')).join('')).toBe(
      '-ĐCĐĐĐCĐQĐĐĐ',
    );
    expect(year.grades[0]).toMatchObject({
      ruleId: 'nd335-points/1',
      grade: final.yearEnd?.grade,
      measure: final.yearEnd?.score,
      provisional: false,
    });
    // The decree in force in 2022 grades the same year, whatever rule the task was issued with:
    // Nghị định 90/2020/NĐ-CP, 8 of 11 on schedule, 3 not (27% > 20%) → không hoàn thành. The
    // stored grade above keeps its own rule (nd335-points/1, 81.8); the same facts in 2026 give
    // ND 335's 62.58 task points (libs/domain/src/evaluation/decree/decree-rules.spec.ts).
    expect(
      year.decreeGrades[0].parts.map((p) => [
        p.decree,
        p.evaluation.ruleId,
        p.evaluation.subtotals.met,
        p.evaluation.score,
        p.evaluation.grade,
      ]),
    ).toEqual([['nd90-2020', 'nd90-2020/2', 8, 72.73, 'unsatisfactory']]);

    // As of 27/03, the March report (handed in on the 28th) was overdue by one working day.
    const march = (await buildReport(deps, request({ period: '2022-03', asOf: '2022-03-27T12:00:00+07:00' }))).report;
    expect(march.totals).toMatchObject({ total: 1, overdue: 1, doneLate: 0 });
    expect(march.overdue[0]).toMatchObject({ period: '2022-03', dueAt: '2022-03-25T16:59:59.999Z', workingDaysLate: 0 });
    const marchAfter = (await buildReport(deps, request({ period: '2022-03', asOf: '2022-04-01T12:00:00+07:00' }))).report;
    expect(marchAfter.totals).toMatchObject({ total: 1, doneLate: 1, overdue: 0 });
    // The year's third quarter as of its end: July late, August on time, September missing.
    const q3 = (await buildReport(deps, request({ period: '2022-Q3' }))).report;
    expect(q3.totals).toMatchObject({ total: 3, doneOnTime: 1, doneLate: 1, overdue: 1 });
  });
});
