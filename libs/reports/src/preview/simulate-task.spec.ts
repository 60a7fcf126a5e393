import { taskDefinitionSchema } from '@dondoc/contracts';
import { civilServiceCalendar, type OrgChartSeed } from '@dondoc/domain';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recipientLookupOf } from './org-chart-recipients';
import { simulateTask } from './simulate-task';

const seed = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../../infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8'),
) as OrgChartSeed;
const recipient = recipientLookupOf(seed.charts);
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`).toISOString();

const definition = taskDefinitionSchema.parse({
  schemaVersion: 1,
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

describe('simulateTask (the workflow state machine, driven in process)', () => {
  it('on time every month: eleven on-time evaluations, no escalation, excellent', async () => {
    const run = await simulateTask(definition, { kind: 'on_time' }, { calendar: civilServiceCalendar, recipient });
    expect(run.final.evaluations.map((e) => e.result)).toEqual(Array(11).fill('on_time'));
    expect(run.facts.filter((f) => f.type === 'task.escalated')).toEqual([]);
    expect(run.final.yearEnd).toMatchObject({ year: 2022, grade: 'excellent', score: 100 });
    expect(run.refused).toEqual([]);
  });

  it('never reports: every period missing, escalated as far as each month allows before its close', async () => {
    const run = await simulateTask(definition, { kind: 'never' }, { calendar: civilServiceCalendar, recipient });
    expect(run.final.evaluations.map((e) => e.result)).toEqual(Array(11).fill('missing'));
    const escalated = run.facts
      .filter((f) => f.type === 'task.escalated')
      .map((f) => f.payload as { trigger: string; level: number; recipient: { userId: string } });
    // Level 1 every month; levels 2 and 3 only where two and four working days fit between the 25th and the month's end.
    expect(escalated.filter((e) => e.level === 1)).toHaveLength(11);
    expect(escalated.filter((e) => e.trigger === 'report:2022-02').map((e) => e.level)).toEqual([1]);
    expect(escalated.filter((e) => e.trigger === 'report:2022-09').map((e) => [e.level, e.recipient.userId])).toEqual([
      [1, 'so-noi-vu.giamdoc'],
      [2, 'ubnd-tinh.pct-noi-chinh'],
      [3, 'ubnd-tinh.chutich'],
    ]);
    expect(run.final.yearEnd).toMatchObject({ grade: 'unsatisfactory', score: 0 });
  });

  it('two working days late: late where the month is still open, missing in February (its close comes first)', async () => {
    const run = await simulateTask(definition, { kind: 'late', workingDays: 2 }, { calendar: civilServiceCalendar, recipient });
    expect(run.final.evaluations.map((e) => e.result)).toEqual(['missing', ...Array(10).fill('late')]);
    expect(run.refused).toHaveLength(1);
    expect(run.refused[0]).toMatchObject({ command: 'reportProgress', at: '2022-03-01T02:00:00.000Z' });
    // 10 × 0.5 of 11 points: 45.5.
    expect(run.final.yearEnd).toMatchObject({ score: 45.5, grade: 'unsatisfactory' });
  });
});
