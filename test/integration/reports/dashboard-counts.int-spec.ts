// The dashboard's counts read model on the real store: tasks change one after another
// (projected with their tally, `$inc` on the counts), and at each step the counts read back
// give the same figures as the full report computed from the task rows at that instant, and
// a few days later with no change (the clock alone turns open items overdue). A rebuild
// from the rows gives the same counts; a drill-down lists exactly the items of its number.
import { taskDefinitionSchema } from '@dondoc/contracts';
import { civilServiceCalendar, type OrgChartSeed } from '@dondoc/domain';
import { ReportCountsRepository, ReportSourceReader, TaskReadModelRepository, connectMongo } from '@dondoc/persistence';
import {
  CountingTaskProjection,
  buildReport,
  buildSummary,
  drillDownItems,
  parseWindow,
  rebuildReportCounts,
  recipientLookupOf,
  reportRequestSchema,
  simulateTask,
  summaryItems,
  summaryItemsRequestSchema,
  summaryOfCounts,
  type ReportWindow,
  type UnitBehaviour,
} from '@dondoc/reports';
import { StaticOrgChartSource } from '@dondoc/task-activities';
import { mongoUriFor, uniqueName } from '@dondoc/testing';
import type { Connection } from 'mongoose';
import * as fs from 'node:fs';
import * as path from 'node:path';

jest.setTimeout(120_000);

const seed = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8'),
) as OrgChartSeed;
const units = seed.charts[0].units.map((u) => ({ id: u.id, name: u.name }));
const orgCharts = new StaticOrgChartSource(seed.charts);

const definition = (taskId: string, leadUnitId: string, schedule: unknown) =>
  taskDefinitionSchema.parse({
    schemaVersion: 1,
    taskId,
    directiveId: 'd-907',
    directiveNumber: '907/UBND-NV',
    directiveDate: '2022-01-25',
    itemRef: taskId,
    text: 'Báo cáo kết quả thực hiện quy chế làm việc',
    leadUnitId,
    assignedAt: '2022-01-25T02:00:00.000Z',
    schedule,
  });

const MONTHLY = { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-12-31' };
const TASKS: { def: ReturnType<typeof definition>; behaviour: UnitBehaviour }[] = [
  { def: definition('duty.noi-vu', 'so-noi-vu', MONTHLY), behaviour: { kind: 'on_time' } },
  { def: definition('duty.tu-phap', 'so-tu-phap', MONTHLY), behaviour: { kind: 'late', workingDays: 2 } },
  { def: definition('duty.tai-chinh', 'so-tai-chinh', MONTHLY), behaviour: { kind: 'never' } },
  { def: definition('once.tai-chinh', 'so-tai-chinh', { kind: 'deadline', at: '2022-03-10T10:00:00.000Z' }), behaviour: { kind: 'never' } },
  {
    def: definition('once.noi-vu', 'so-noi-vu', { kind: 'deadline', at: '2022-04-15T10:00:00.000Z' }),
    behaviour: { kind: 'late', workingDays: 3 },
  },
  { def: definition('once.y-te', 'so-y-te', { kind: 'deadline', at: '2022-06-30T10:00:00.000Z' }), behaviour: { kind: 'on_time' } },
];
const STEPS = [
  '2022-02-20T03:00:00.000Z',
  '2022-03-11T03:00:00.000Z',
  '2022-04-18T03:00:00.000Z',
  '2022-07-01T03:00:00.000Z',
  '2022-10-26T03:00:00.000Z',
];
const DAY = 86_400_000;

describe('the dashboard counts follow the task rows on the real store', () => {
  let connection: Connection;
  let tasks: TaskReadModelRepository;
  let counts: ReportCountsRepository;
  let source: ReportSourceReader;

  beforeAll(async () => {
    connection = await connectMongo({ uri: mongoUriFor(uniqueName('dashcounts').replace(/-/g, '_')) });
    tasks = new TaskReadModelRepository(connection);
    counts = new ReportCountsRepository(connection);
    source = new ReportSourceReader(connection);
    await tasks.init();
  });

  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  const window = parseWindow('2022') as ReportWindow;
  const expectSame = async (asOf: string) => {
    const report = (await buildReport({ source, orgCharts }, reportRequestSchema.parse({ period: '2022', asOf }))).report;
    const summary = summaryOfCounts({ window, asOf, docs: await counts.read(window.months), units });
    expect({ asOf, totals: summary.totals }).toEqual({ asOf, totals: report.totals });
    expect(summary.byUnit).toEqual(report.byUnit);
    expect(summary.matrix.rows).toEqual(report.matrix.rows.map(({ decreeCells: _, ...row }) => row));
    return { report, summary };
  };

  it('after each change, and later with no change, the counts equal the full report', async () => {
    const seen = new Set<string>();
    for (const step of STEPS) {
      const projection = new CountingTaskProjection(tasks, () => new Date(step));
      for (const t of TASKS) {
        const run = await simulateTask(t.def, t.behaviour, {
          calendar: civilServiceCalendar,
          recipient: recipientLookupOf(seed.charts),
          until: step,
        });
        await projection.project(run.final);
      }
      const { summary } = await expectSame(step);
      await expectSame(new Date(Date.parse(step) + 9 * DAY).toISOString());
      seen.add(`${summary.totals.overdue > 0}|${summary.totals.notDue > 0}|${summary.totals.doneLate > 0}`);
    }
    // The sequence went through overdue, open and late items, not only one kind.
    expect([...seen].some((s) => s.startsWith('true|true|true'))).toBe(true);
  });

  it('a drill-down lists exactly the items its number counts, a page at a time', async () => {
    const now = new Date(Date.parse(STEPS[STEPS.length - 1]) + DAY);
    const deps = { source, rows: source, counts, orgCharts, now: () => now };
    // The window 2022 is over by the real clock: ask for the month-window this instant still runs in.
    const summary = await buildSummary(deps, { period: '2022-10' });
    expect(summary.source).toBe('counts');
    const report = (await buildReport({ source, orgCharts, now: () => now }, reportRequestSchema.parse({ period: '2022-10' }))).report;
    expect(summary.totals).toEqual(report.totals);
    const overdue = await summaryItems(deps, summaryItemsRequestSchema.parse({ period: '2022-10', count: 'overdue', pageSize: '1' }));
    expect(overdue.total).toBe(report.totals.overdue);
    expect(overdue.items).toHaveLength(Math.min(1, report.totals.overdue));
    const unitOnTime = await summaryItems(
      deps,
      summaryItemsRequestSchema.parse({ period: '2022-10', count: 'doneOnTime', unitId: 'so-noi-vu' }),
    );
    expect(unitOnTime.total).toBe(report.byUnit.find((u) => u.id === 'so-noi-vu')?.counts.doneOnTime ?? 0);
    expect(unitOnTime.items.every((i) => i.unitId === 'so-noi-vu' && i.outcome === 'done_on_time')).toBe(true);

    // The escalations waiting, a page at a time by level and deadline: the report's own list, in pages.
    const waiting = drillDownItems(report.items, { count: 'total', escalated: true });
    expect(waiting.length).toBeGreaterThan(1);
    expect(summary.escalationsWaiting).toBe(waiting.length);
    const pages = [];
    for (let page = 1; page <= waiting.length; page++) {
      const p = await summaryItems(
        deps,
        summaryItemsRequestSchema.parse({ period: '2022-10', count: 'total', escalated: 'true', page, pageSize: 1 }),
      );
      expect(p.total).toBe(waiting.length);
      pages.push(...p.items);
    }
    const key = (i: { taskId: string; period?: string | null }) => `${i.taskId}|${i.period ?? ''}`;
    expect(pages.map(key).sort()).toEqual(waiting.map(key).sort());
    // Highest level first.
    expect(pages.map((i) => i.escalationLevel)).toEqual([...pages.map((i) => i.escalationLevel)].sort((a, b) => b - a));
  });

  it('a rebuild from the rows gives the counts kept change by change', async () => {
    const window2022 = parseWindow('2022') as ReportWindow;
    const asOf = new Date(Date.parse(STEPS[STEPS.length - 1]) + 2 * DAY).toISOString();
    const kept = summaryOfCounts({ window: window2022, asOf, docs: await counts.read(window2022.months), units });
    const rebuilt = await rebuildReportCounts(connection, new Date(STEPS[STEPS.length - 1]));
    expect(rebuilt.rows).toBe(TASKS.length);
    expect(await counts.version()).toBeGreaterThanOrEqual(1);
    const after = summaryOfCounts({ window: window2022, asOf, docs: await counts.read(window2022.months), units });
    expect(after).toEqual(kept);
    expect(after.totals.total).toBeGreaterThan(30);
  });

  it('a rebuild writes only the rows whose tally or keys are wrong, and puts them right', async () => {
    const now = new Date(STEPS[STEPS.length - 1]);
    await rebuildReportCounts(connection, now);
    const rows = tasks.model;
    const right = await rows.find({}, { reportTally: 1, reportKeys: 1 }).sort({ _id: 1 }).lean();
    expect((await rebuildReportCounts(connection, now)).retallied).toBe(0);
    const [lost, wrong] = right.map((r) => r._id);
    await rows.updateOne({ _id: lost }, { $unset: { reportTally: 1 } });
    await rows.updateOne({ _id: wrong }, { $set: { reportKeys: ['2022-01|overdue'] } });
    const repaired = await rebuildReportCounts(connection, now);
    expect({ rows: repaired.rows, retallied: repaired.retallied }).toEqual({ rows: TASKS.length, retallied: 2 });
    expect(await rows.find({}, { reportTally: 1, reportKeys: 1 }).sort({ _id: 1 }).lean()).toEqual(right);
  });
});
