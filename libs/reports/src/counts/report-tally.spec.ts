import { taskDefinitionSchema } from '@dondoc/contracts';
import { civilServiceCalendar, type OrgChartSeed } from '@dondoc/domain';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeReport } from '../compute/compute-report';
import { reportTaskOf, type ReportTask } from '../compute/report-task';
import { parseWindow, type ReportWindow } from '../compute/report-window';
import { recipientLookupOf } from '../preview/org-chart-recipients';
import { simulateTask } from '../preview/simulate-task';
import type { UnitBehaviour } from '../preview/unit-behaviour';
import { summaryOfCounts, type UnitMonthCounts } from './report-summary';
import { countFieldsOf, countsKeyOf, tallyDelta, tallyOf, type TallyEntry } from './report-tally';

const seed = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../../infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8'),
) as OrgChartSeed;
const units = seed.charts[0].units.map((u) => ({ id: u.id, name: u.name }));
const calendar = civilServiceCalendar;
const ms = (iso: string) => Date.parse(iso);

async function dutyOf(unitId: string, behaviour: UnitBehaviour): Promise<ReportTask> {
  const definition = taskDefinitionSchema.parse({
    schemaVersion: 1,
    taskId: `907.3.${unitId}`,
    directiveId: 'd-907',
    directiveNumber: '907/UBND-NV',
    directiveDate: '2022-01-25',
    itemRef: '3',
    text: 'Nâng cao chất lượng xây dựng quy chế làm việc nội bộ',
    leadUnitId: unitId,
    assignedAt: '2022-01-25T02:00:00.000Z',
    schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-12-31' },
  });
  const run = await simulateTask(definition, behaviour, { calendar, recipient: recipientLookupOf(seed.charts) });
  return reportTaskOf(run.final, new Map(run.periods.map((p) => [p.key, p.dueAt])));
}

const oneOff = (id: string, unitId: string, facts: ReportTask['facts'], escalationLevel = 0): ReportTask => ({
  taskId: id,
  directiveId: 'd-12',
  directiveNumber: '12/UBND-TH',
  itemRef: id,
  text: 'Rà soát dự toán',
  leadUnitId: unitId,
  escalationLevel,
  ruleId: 'nd90-share/1',
  kind: 'task',
  facts,
  periods: [],
});

/** Open, due 10/03/2022 (end of day, Vietnam time), escalated once. */
const openDue10 = oneOff('1', 'so-tai-chinh', { dueAt: '2022-03-10T16:59:59.999Z' }, 1);
/** Handed in on time, not approved yet: open, never overdue. */
const handedIn = oneOff('2', 'so-tai-chinh', { dueAt: '2022-03-10T16:59:59.999Z', submittedAt: '2022-03-02T03:00:00.000Z' });
/** A duty's March period, open (not evaluated), and April's handed in early. */
const openDuty: ReportTask = {
  ...oneOff('3', 'so-noi-vu', undefined),
  kind: 'duty',
  periods: [
    { key: '2022-03', dueAt: '2022-03-25T16:59:59.999Z' },
    { key: '2022-04', dueAt: '2022-04-25T16:59:59.999Z', submittedAt: '2022-03-03T03:00:00.000Z' },
  ],
};

/** The counts documents these tallies make, as the repository's `$inc` builds them. */
function docsOf(
  delta: ReadonlyMap<string, Record<string, number>>,
  into = new Map<string, UnitMonthCounts>(),
): Map<string, UnitMonthCounts> {
  for (const [key, inc] of delta) {
    const [unitId, month] = key.split('|');
    const doc = (into.get(key) ?? { unitId, month, c: {}, open: {}, escalated: 0 }) as Required<UnitMonthCounts> & {
      c: Record<string, number>;
      open: Record<string, number>;
      escalated: number;
    };
    for (const [field, n] of Object.entries(inc)) {
      const [group, name] = field.split('.');
      if (group === 'escalated') doc.escalated += n;
      else (group === 'c' ? doc.c : doc.open)[name] = ((group === 'c' ? doc.c : doc.open)[name] ?? 0) + n;
    }
    into.set(key, doc);
  }
  return into;
}

const entriesOf = (tasks: readonly ReportTask[], atMs: number): TallyEntry[] => tasks.flatMap((t) => tallyOf(t, atMs, calendar));

function expectSameAsReport(tasks: readonly ReportTask[], docs: Map<string, UnitMonthCounts>, key: string, asOf: string) {
  const window = parseWindow(key) as ReportWindow;
  const report = computeReport({ scope: { kind: 'province' }, window, asOf, tasks, units, directives: [], calendar });
  const summary = summaryOfCounts({ window, asOf, docs: [...docs.values()], units });
  expect(summary.totals).toEqual(report.totals);
  expect(summary.byUnit).toEqual(report.byUnit);
  expect(summary.matrix.rows).toEqual(report.matrix.rows.map(({ decreeCells: _, ...row }) => row));
  expect(summary.escalationsWaiting).toBe(
    report.items.filter((i) => i.escalationLevel > 0 && ['overdue', 'not_due'].includes(i.outcome)).length,
  );
}

describe('the dashboard counts (report tally)', () => {
  it('open items keep the instant they turn overdue: the counts equal the full report at any later instant', () => {
    const tasks = [openDue10, handedIn, openDuty];
    const docs = docsOf(tallyDelta([], entriesOf(tasks, ms('2022-03-04T03:00:00Z'))));
    const entry = tallyOf(openDue10, ms('2022-03-01T03:00:00Z'), calendar)[0];
    expect(entry).toEqual({
      unitId: 'so-tai-chinh',
      month: '2022-03',
      cls: 'open',
      turnsOverdueAt: ms('2022-03-10T17:00:00Z'),
      escalated: true,
    });
    expect(tallyOf(handedIn, ms('2022-03-03T03:00:00Z'), calendar)[0]).toMatchObject({ cls: 'open', turnsOverdueAt: null });
    for (const asOf of [
      '2022-03-05T03:00:00.000Z',
      '2022-03-10T16:59:59.999Z',
      '2022-03-10T17:00:00.000Z',
      '2022-03-26T03:00:00.000Z',
      '2022-05-02T03:00:00.000Z',
    ]) {
      expectSameAsReport(tasks, docs, '2022', asOf);
      expectSameAsReport(tasks, docs, '2022-03', asOf);
    }
    const late = summaryOfCounts({
      window: parseWindow('2022-03') as ReportWindow,
      asOf: '2022-03-11T00:00:00.000Z',
      docs: [...docs.values()],
      units,
    });
    expect(late.totals).toMatchObject({ overdue: 1, notDue: 2 });
  });

  it("a row's change moves its old class −1 and its new class +1, and nothing else", () => {
    const at = ms('2022-03-12T03:00:00Z');
    const before = tallyOf(openDue10, at, calendar);
    const done = oneOff(
      '1',
      'so-tai-chinh',
      { ...openDue10.facts, submittedAt: '2022-03-12T02:00:00.000Z', approvedAt: '2022-03-12T02:30:00.000Z' },
      1,
    );
    const after = tallyOf(done, at, calendar);
    expect(before).toEqual([{ unitId: 'so-tai-chinh', month: '2022-03', cls: 'overdue', escalated: true }]);
    expect(after).toEqual([{ unitId: 'so-tai-chinh', month: '2022-03', cls: 'done_late' }]);
    expect(tallyDelta(before, after)).toEqual(
      new Map([[countsKeyOf('so-tai-chinh', '2022-03'), { 'c.overdue': -1, escalated: -1, 'c.done_late': 1 }]]),
    );
    expect(tallyDelta(after, after).size).toBe(0);
    expect(countFieldsOf({ unitId: 'u', month: '2022-03', cls: 'open', turnsOverdueAt: null })).toEqual(['open.never']);
  });

  it('a rebuild from the rows equals the counts kept change by change', async () => {
    const duties = [
      await dutyOf('so-noi-vu', { kind: 'on_time' }),
      await dutyOf('so-tu-phap', { kind: 'late', workingDays: 2 }),
      await dutyOf('so-tai-chinh', { kind: 'never' }),
    ];
    const extended = oneOff('4', 'so-tai-chinh', { originalDueAt: '2022-03-10T16:59:59.999Z', dueAt: '2022-03-20T16:59:59.999Z' });
    const extendedDone = oneOff('4', 'so-tai-chinh', {
      ...extended.facts,
      submittedAt: '2022-03-15T03:00:00.000Z',
      approvedAt: '2022-03-16T03:00:00.000Z',
    });
    const cancelled = oneOff('5', 'so-y-te', { dueAt: '2022-06-10T16:59:59.999Z', cancelledAt: '2022-03-04T03:00:00.000Z' });
    const t = (iso: string) => ms(iso);
    // Incremental: each row as the projection met it, its tally replacing the one before.
    const kept = new Map<string, UnitMonthCounts>();
    const rows = new Map<string, TallyEntry[]>();
    const project = (task: ReportTask, atMs: number) => {
      const next = tallyOf(task, atMs, calendar);
      docsOf(tallyDelta(rows.get(task.taskId) ?? [], next), kept);
      rows.set(task.taskId, next);
    };
    project(openDue10, t('2022-03-01T03:00:00Z'));
    project(extended, t('2022-03-02T03:00:00Z'));
    project(oneOff('5', 'so-y-te', { dueAt: '2022-06-10T16:59:59.999Z' }), t('2022-03-02T03:00:00Z'));
    project(cancelled, t('2022-03-04T03:00:00Z'));
    project(extendedDone, t('2022-03-16T03:00:00Z'));
    project(handedIn, t('2022-03-16T03:00:00Z'));
    for (const d of duties) project(d, t('2023-01-05T03:00:00Z'));
    const final = [openDue10, extendedDone, cancelled, handedIn, ...duties];
    const rebuilt = docsOf(tallyDelta([], entriesOf(final, t('2023-01-05T03:00:00Z'))));
    const asOf = '2023-01-06T03:00:00.000Z';
    const window = parseWindow('2022') as ReportWindow;
    const a = summaryOfCounts({ window, asOf, docs: [...kept.values()], units });
    const b = summaryOfCounts({ window, asOf, docs: [...rebuilt.values()], units });
    expect(a).toEqual(b);
    expectSameAsReport(final, kept, '2022', asOf);
    expect(a.totals.total).toBeGreaterThan(30);
  });
});
