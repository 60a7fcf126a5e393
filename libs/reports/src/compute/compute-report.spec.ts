import { taskDefinitionSchema } from '@dondoc/contracts';
import { civilServiceCalendar, type OrgChartSeed } from '@dondoc/domain';
import { Workbook, type Worksheet } from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import * as mammoth from 'mammoth';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { issuerOf } from '../render/document-issuer';
import { renderReportCsv } from '../render/report.csv';
import { renderReportDocx } from '../render/report.docx';
import { renderReportXlsx } from '../render/report.xlsx';
import { recipientLookupOf } from '../preview/org-chart-recipients';
import { simulateTask } from '../preview/simulate-task';
import type { UnitBehaviour } from '../preview/unit-behaviour';
import { computeReport, type Report } from './compute-report';
import { reportTaskOf, type ReportTask } from './report-task';
import { parseWindow, type ReportWindow } from './report-window';

const seed = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../../infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8'),
) as OrgChartSeed;
const chart = seed.charts[0];
const units = chart.units.map((u) => ({ id: u.id, name: u.name }));
const calendar = civilServiceCalendar;

async function dutyOf(unitId: string, behaviour: UnitBehaviour): Promise<ReportTask> {
  const definition = taskDefinitionSchema.parse({
    schemaVersion: 1,
    taskId: `907.3.${unitId}`,
    directiveId: 'd-907',
    directiveNumber: '907/UBND-NV',
    directiveDate: '2022-01-25',
    itemRef: '3',
    text: 'Nâng cao chất lượng xây dựng, ban hành quy chế, quy trình làm việc nội bộ',
    leadUnitId: unitId,
    assignedAt: '2022-01-25T02:00:00.000Z',
    schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-12-31' },
  });
  const run = await simulateTask(definition, behaviour, { calendar, recipient: recipientLookupOf(seed.charts) });
  return reportTaskOf(run.final, new Map(run.periods.map((p) => [p.key, p.dueAt])));
}

/** A one-off task finished within an approved extension (due 10/03, extended to 20/03, handed in 15/03). */
const extended: ReportTask = {
  taskId: 'cv-12.1.so-tai-chinh',
  directiveId: 'd-12',
  directiveNumber: '12/UBND-TH',
  itemRef: '1',
  text: 'Rà soát dự toán',
  leadUnitId: 'so-tai-chinh',
  escalationLevel: 0,
  ruleId: 'nd90-share/1',
  kind: 'task',
  facts: {
    originalDueAt: '2022-03-10T16:59:59.999Z',
    dueAt: '2022-03-20T16:59:59.999Z',
    submittedAt: '2022-03-15T03:00:00.000Z',
    approvedAt: '2022-03-16T03:00:00.000Z',
  },
  periods: [],
};

describe('computeReport', () => {
  let tasks: ReportTask[];
  beforeAll(async () => {
    tasks = [
      await dutyOf('so-noi-vu', { kind: 'on_time' }),
      await dutyOf('so-tu-phap', { kind: 'late', workingDays: 2 }),
      await dutyOf('so-tai-chinh', { kind: 'never' }),
      extended,
    ];
  });

  const report = (key: string, asOf: string, scope: Report['scope'] | { kind: 'province' } = { kind: 'province' }) =>
    computeReport({
      scope,
      window: parseWindow(key) as ReportWindow,
      asOf,
      tasks,
      units,
      directives: [{ id: 'd-907', number: '907/UBND-NV', date: '2022-01-25', subject: 'V/v kỷ cương' }],
      calendar,
    });

  it('counts March 2022 after its close in the official taxonomy, an extension counting as on time', () => {
    const r = report('2022-03', '2022-04-05T03:00:00Z');
    expect(r.totals).toEqual({
      total: 4,
      due: 4,
      doneOnTime: 2,
      doneAfterExtension: 1,
      doneLate: 1,
      overdue: 1,
      notDue: 0,
      onTimeRate: 0.5,
    });
    expect(r.byUnit.map((u) => [u.id, u.counts.doneOnTime, u.counts.doneLate, u.counts.overdue])).toEqual([
      ['so-noi-vu', 1, 0, 0],
      ['so-tu-phap', 0, 1, 0],
      ['so-tai-chinh', 1, 0, 1],
    ]);
    expect(r.overdue).toHaveLength(1);
    expect(r.overdue[0]).toMatchObject({
      unitId: 'so-tai-chinh',
      period: '2022-03',
      dueAt: '2022-03-25T16:59:59.999Z',
      workingDaysLate: 7,
    });
  });

  it('as of a date inside the month: a report not in yet is overdue, one not due yet is in progress', () => {
    const r = report('2022-03', '2022-03-26T03:00:00Z');
    expect(r.byUnit.find((u) => u.id === 'so-tu-phap')?.counts).toMatchObject({ due: 1, overdue: 1, doneLate: 0 });
    const before = report('2022-03', '2022-03-20T03:00:00Z');
    // Only the task handed in early counts already (done counts as due, whenever it was due).
    expect(before.totals).toMatchObject({ total: 4, due: 1, doneOnTime: 1, notDue: 3, onTimeRate: 1 });
    expect(report('2022-03', '2022-03-01T03:00:00Z').totals).toMatchObject({ due: 0, notDue: 4, onTimeRate: null });
  });

  it('a year: the unit × month matrix and each unit graded by its rule, with why', () => {
    const r = report('2022', '2023-01-05T03:00:00Z');
    expect(r.matrix.months).toHaveLength(12);
    const noiVu = r.matrix.rows.find((row) => row.unitId === 'so-noi-vu') as Report['matrix']['rows'][number];
    expect(noiVu.cells[0]).toMatchObject({ total: 0 }); // January: nothing due
    expect(noiVu.cells.slice(1).map((c) => c.doneOnTime)).toEqual(Array(11).fill(1));
    const grades = Object.fromEntries(r.grades.map((g) => [g.unitId, g]));
    expect(grades['so-noi-vu']).toMatchObject({ ruleId: 'nd90-share/1', grade: 'excellent', provisional: false });
    expect(grades['so-tu-phap']).toMatchObject({ grade: 'unsatisfactory' });
    expect(grades['so-tu-phap'].explanation).toBe(
      '0/11 kỳ đúng hạn (0%), 10 kỳ chậm, 1 kỳ không báo cáo. Ngưỡng: xuất sắc 100%; tốt từ 90% và không thiếu kỳ nào; hoàn thành từ 80%.',
    );
    expect(grades['so-tai-chinh'].explanation).toMatch(/^1\/12 kỳ đúng hạn/);
    expect(report('2022', '2022-06-01T00:00:00Z').grades.every((g) => g.provisional)).toBe(true);
  });

  it('a unit scope and a quarter', () => {
    const r = report('2022-Q1', '2022-04-05T03:00:00Z', { kind: 'unit', unitId: 'so-noi-vu' } as never);
    expect(r.scope.label).toBe('Sở Nội vụ');
    expect(r.totals).toMatchObject({ total: 2, doneOnTime: 2 });
    expect(r.matrix.months).toEqual(['2022-01', '2022-02', '2022-03']);
  });

  describe('documents, read back', () => {
    let r: Report;
    beforeAll(() => {
      r = report('2022-03', '2022-04-05T03:00:00Z');
    });

    it('.docx: national motto, number to fill in, place and date, title, figures, Nơi nhận, signature; A4, margins, Times New Roman', async () => {
      const docx = await renderReportDocx(r, issuerOf(chart));
      const { value: text } = await mammoth.extractRawText({ buffer: docx });
      for (const expected of [
        'ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        '/BC-UBND',
        'Thừa Thiên Huế, ngày      tháng      năm 2022',
        'BÁO CÁO',
        'Kết quả thực hiện nhiệm vụ tháng 03/2022 trên địa bàn tỉnh',
        'tổng số nhiệm vụ trên địa bàn tỉnh phải thực hiện là 4; đã đến hạn 4, trong đó: hoàn thành đúng hạn 2 (có 1 nhiệm vụ hoàn thành trong thời hạn được gia hạn), hoàn thành quá hạn 1, chưa hoàn thành đã quá hạn 1',
        'Tỷ lệ hoàn thành đúng hạn (tính cả gia hạn được chấp thuận): 50,0%',
        'Nơi nhận:',
        'TM. ỦY BAN NHÂN DÂN',
        'Nguyễn Văn Phương',
        'PHỤ LỤC II',
        'Sở Tài chính',
      ]) {
        expect(text).toContain(expected);
      }
      const xml = strFromU8(unzipSync(docx)['word/document.xml']);
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
      expect(xml).toContain('w:orient="landscape"'); // the appendices
      expect(xml).toContain('w:ascii="Times New Roman"');
    });

    it('.xlsx: one sheet per table, counts as numbers', async () => {
      const workbook = new Workbook();
      await workbook.xlsx.load((await renderReportXlsx(r)) as never);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Tổng hợp',
        'Theo văn bản',
        'Đơn vị theo tháng',
        'Xếp loại',
        'Xếp loại theo nghị định',
        'Quá hạn',
        'Chi tiết',
      ]);
      const sheet = workbook.getWorksheet('Tổng hợp') as Worksheet;
      expect(sheet.getRow(4).values).toEqual([
        undefined,
        'STT',
        'Đơn vị',
        'Tổng số nhiệm vụ',
        'Đã đến hạn',
        'Hoàn thành đúng hạn',
        'Trong đó: sau gia hạn',
        'Hoàn thành quá hạn',
        'Chưa hoàn thành, đã quá hạn',
        'Chưa đến hạn',
        'Tỷ lệ đúng hạn',
      ]);
      const totalRow = sheet.getRow(sheet.rowCount).values as unknown[];
      expect(totalRow.slice(2)).toEqual(['Tổng cộng', 4, 4, 2, 1, 1, 1, 0, '50,0%']);
      const overdue = workbook.getWorksheet('Quá hạn') as Worksheet;
      expect(overdue.getRow(5).values).toEqual([
        undefined,
        1,
        'Sở Tài chính',
        '907/UBND-NV',
        'Nhiệm vụ 3',
        'tháng 03/2022',
        '25/03/2022',
        7,
      ]);
    });

    it('.csv: a byte-order mark, a header and one line per unit plus the total', () => {
      const csv = renderReportCsv(r);
      expect(csv.startsWith('\uFEFFSTT,Đơn vị,Tổng số nhiệm vụ')).toBe(true);
      const lines = csv.trim().split('\r\n');
      expect(lines).toHaveLength(5);
      expect(lines.at(-1)).toBe(',Tổng cộng,4,4,2,1,1,1,0,"50,0%"');
    });
  });
});

describe('computeReport: the grade under the decree in force, with its calculation', () => {
  async function duty(unitId: string, behaviour: UnitBehaviour): Promise<ReportTask> {
    const definition = taskDefinitionSchema.parse({
      schemaVersion: 1,
      taskId: `88.1.${unitId}`,
      directiveId: 'd-88',
      directiveNumber: '88/UBND-NV',
      directiveDate: '2025-09-25',
      itemRef: '1',
      text: 'Báo cáo tình hình thực hiện kỷ luật, kỷ cương hành chính',
      leadUnitId: unitId,
      assignedAt: '2025-09-25T02:00:00.000Z',
      schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2025-10-01', until: '2026-03-31' },
    });
    const run = await simulateTask(definition, behaviour, { calendar, recipient: recipientLookupOf(seed.charts) });
    return reportTaskOf(run.final, new Map(run.periods.map((p) => [p.key, p.dueAt])));
  }
  let tasks: ReportTask[];
  beforeAll(async () => {
    tasks = [await duty('so-noi-vu', { kind: 'on_time' }), await duty('so-tu-phap', { kind: 'late', workingDays: 2 })];
  });
  const report = (key: string, asOf: string, assessments = new Map()) =>
    computeReport({
      scope: { kind: 'province' },
      window: parseWindow(key) as ReportWindow,
      asOf,
      tasks,
      units,
      directives: [],
      calendar,
      assessments,
    });

  it('2025-Q4 is graded under ND 90, 2026-Q1 under ND 335 (the decree by the due day, no flag)', () => {
    const q4 = report('2025-Q4', '2026-01-05T03:00:00Z');
    expect(q4.decreeGrades.map((g) => [g.unitId, g.parts.map((p) => [p.decree, p.evaluation.ruleId, p.evaluation.grade])])).toEqual([
      ['so-noi-vu', [['nd90-2020', 'nd90-2020/2', 'good']]],
      ['so-tu-phap', [['nd90-2020', 'nd90-2020/2', 'unsatisfactory']]],
    ]);
    const assessments = new Map([
      ['so-noi-vu', { generalPoints: 28 }],
      [
        'so-tu-phap',
        { generalPoints: 25, objectiveCauses: [{ itemKey: '88.1.so-tu-phap|2026-02', reference: 'Văn bản 5/UBND xác nhận sự cố mạng' }] },
      ],
    ]);
    const q1 = report('2026-Q1', '2026-04-05T03:00:00Z', assessments);
    const [noiVu, tuPhap] = q1.decreeGrades;
    expect(noiVu.parts[0].evaluation).toMatchObject({
      ruleId: 'nd335-2025/1',
      subtotals: { taskPoints: 70, total: 98 },
      grade: 'excellent',
    });
    // Three months, each late by 2 working days; February's delay excused: progress (0.75 + 1 + 0.75) / 3 = 83.33%.
    expect(tuPhap.parts[0].evaluation).toMatchObject({
      subtotals: { quantity: 100, quality: 100, progress: 83.33, taskPoints: 66.11, total: 91.11 },
      grade: 'excellent',
    });
    expect(tuPhap.parts[0].evaluation.lines.filter((l) => l.step.startsWith('tru:')).map((l) => l.text)).toEqual([
      '88/UBND-NV mục 1, kỳ 2026-01: trừ 25% điểm tiến độ: Chậm tiến độ 2 ngày làm việc so với hạn',
      '88/UBND-NV mục 1, kỳ 2026-03: trừ 25% điểm tiến độ: Chậm tiến độ 2 ngày làm việc so với hạn',
    ]);
    expect(renderReportCsv(q1, 'decree-grades')).toContain('nd335-2025/1');
    // The unit × month matrix: each month's 70-point subtotal under its decree.
    expect(q1.matrix.rows.find((r) => r.unitId === 'so-tu-phap')?.decreeCells.map((c) => c.label)).toEqual([
      '64.17/70 điểm',
      '70/70 điểm',
      '64.17/70 điểm',
    ]);
    expect(q4.matrix.rows.find((r) => r.unitId === 'so-tu-phap')?.decreeCells.map((c) => [c.ruleId, c.label])).toEqual([
      ['nd90-2020/2', '0% đạt'],
      ['nd90-2020/2', '0% đạt'],
      ['nd90-2020/2', '0% đạt'],
    ]);
  });
});
