// A year report and a prompting letter rendered by LibreOffice (headless) to PDF, and by
// poppler's pdftoppm to PNG: the documents open in a real office suite, lay out on A4 with
// the national motto, and keep their Vietnamese text. The files stay in test/artifacts/
// (git-ignored) for people to look at. infra/local/ensure-office.sh installs the tools.
import { taskDefinitionSchema } from '@dondoc/contracts';
import { civilServiceCalendar, type OrgChartSeed } from '@dondoc/domain';
import {
  computeReport,
  draftLetter,
  issuerOf,
  overdueLetterTasks,
  parseWindow,
  recipientLookupOf,
  renderLetterDocx,
  renderReportDocx,
  renderReportXlsx,
  reportTaskOf,
  simulateTask,
  type ReportTask,
  type ReportWindow,
  type UnitBehaviour,
} from '@dondoc/reports';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../../..');
const OUT = path.join(ROOT, 'test/artifacts/reports');
const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8')) as OrgChartSeed;
const chart = seed.charts[0];
const calendar = civilServiceCalendar;

const BEHAVIOURS: [string, UnitBehaviour][] = [
  ['so-noi-vu', { kind: 'on_time' }],
  ['so-tu-phap', { kind: 'late', workingDays: 1 }],
  ['so-tai-chinh', { kind: 'never' }],
  ['so-y-te', { kind: 'on_time' }],
  ['ubnd-thanh-pho-hue', { kind: 'late', workingDays: 3 }],
];

async function seedLikeTasks(): Promise<ReportTask[]> {
  const tasks: ReportTask[] = [];
  for (const [unit, behaviour] of BEHAVIOURS) {
    for (const item of ['1', '2', '3']) {
      const definition = taskDefinitionSchema.parse({
        schemaVersion: 1,
        taskId: `907-ubnd-nv-2022-01-25.${item}.${unit}`,
        directiveId: '907-ubnd-nv-2022-01-25',
        directiveNumber: '907/UBND-NV',
        directiveDate: '2022-01-25',
        itemRef: item,
        text: `Nhiệm vụ ${item} của Công văn 907/UBND-NV về kỷ luật, kỷ cương hành chính`,
        leadUnitId: unit,
        issuerUnitId: 'ubnd-tinh',
        assignedAt: '2022-01-25T02:00:00.000Z',
        schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-12-31' },
      });
      const run = await simulateTask(definition, behaviour, { calendar, recipient: recipientLookupOf(seed.charts) });
      tasks.push(reportTaskOf(run.final, new Map(run.periods.map((p) => [p.key, p.dueAt]))));
    }
  }
  return tasks;
}

function soffice(file: string, profile: string): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, file], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  const pdf = file.replace(/\.(docx|xlsx)$/, '.pdf');
  expect(fs.existsSync(pdf)).toBe(true);
  return pdf;
}

const pdfPages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
// Justified lines come out of pdftotext with spaces inside words: compare without any.
const pdfText = (pdf: string) => execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, '');
const flat = (s: string) => s.replace(/\s+/g, '');
const pdfPageSize = (pdf: string) =>
  /Page size:\s+([\d.]+) x ([\d.]+) pts/
    .exec(execFileSync('pdfinfo', [pdf]).toString())
    ?.slice(1)
    .map(Number);

describe('documents rendered by LibreOffice and pdftoppm', () => {
  let profile: string;
  let tasks: ReportTask[];

  beforeAll(async () => {
    for (const tool of ['soffice', 'pdftoppm', 'pdfinfo', 'pdftotext']) {
      try {
        execFileSync('sh', ['-c', `command -v ${tool}`]);
      } catch {
        throw new Error(`${tool} is missing: run bash infra/local/ensure-office.sh (npm test installs it)`);
      }
    }
    fs.mkdirSync(OUT, { recursive: true });
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-lo-'));
    tasks = await seedLikeTasks();
  });
  afterAll(() => {
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('the year report: .docx to an A4 PDF with its appendices, and its first page to PNG', async () => {
    const report = computeReport({
      scope: { kind: 'province' },
      window: parseWindow('2022') as ReportWindow,
      asOf: '2023-01-05T03:00:00.000Z',
      tasks,
      units: chart.units.map((u) => ({ id: u.id, name: u.name })),
      directives: [
        { id: '907-ubnd-nv-2022-01-25', number: '907/UBND-NV', date: '2022-01-25', subject: 'V/v đẩy mạnh kỷ cương, kỷ luật hành chính' },
      ],
      calendar,
    });
    expect(report.totals).toMatchObject({ total: 165, doneOnTime: 66 });
    const docx = path.join(OUT, 'bao-cao-2022-toan-tinh.docx');
    fs.writeFileSync(docx, await renderReportDocx(report, issuerOf(chart)));
    const pdf = soffice(docx, profile);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(5); // the report, then four landscape appendices
    const [w, h] = pdfPageSize(pdf) ?? [];
    expect(Math.round(w)).toBe(595); // A4 portrait, 210 × 297 mm in points
    expect(Math.round(h)).toBe(842);
    const text = pdfText(pdf);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'Nơi nhận:',
      'Nguyễn Văn Phương',
      'PHỤ LỤC II',
      'Sở Tài chính',
    ]) {
      expect(text).toContain(flat(expected));
    }
    // pdftoppm pads page numbers to the document's page count: images of an earlier, shorter render would linger.
    for (const old of fs.readdirSync(OUT).filter((f) => f.startsWith('bao-cao-2022-toan-tinh') && f.endsWith('.png')))
      fs.rmSync(path.join(OUT, old));
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, path.join(OUT, 'bao-cao-2022-toan-tinh')]);
    const png = fs.readdirSync(OUT).filter((f) => f.startsWith('bao-cao-2022-toan-tinh') && f.endsWith('.png'));
    expect(png.length).toBe(2);
    expect(fs.statSync(path.join(OUT, png[0])).size).toBeGreaterThan(10_000);

    const xlsx = path.join(OUT, 'bao-cao-2022-toan-tinh-bang-tinh.xlsx'); // its own name: the PDF of the .docx stays
    fs.writeFileSync(xlsx, await renderReportXlsx(report));
    expect(pdfText(soffice(xlsx, profile))).toContain(flat('Tổng cộng'));
  });

  it('a prompting letter: .docx to a one-page A4 PDF with the list, the new date and the signature, and to PNG', async () => {
    const at = '2022-09-27T16:59:59.999Z'; // the second escalation of September's reports
    const overdue = overdueLetterTasks(tasks, 'so-tai-chinh', at, calendar);
    expect(overdue.map((t) => [t.itemRef, t.period])).toEqual([
      ['1', '2022-09'],
      ['2', '2022-09'],
      ['3', '2022-09'],
    ]);
    const letter = draftLetter({
      directive: {
        id: '907-ubnd-nv-2022-01-25',
        number: '907/UBND-NV',
        date: '2022-01-25',
        subject: 'V/v đẩy mạnh kỷ cương, kỷ luật hành chính',
      },
      unitId: 'so-tai-chinh',
      trigger: 'report:2022-09',
      dueAt: '2022-09-25T16:59:59.999Z',
      level: 2,
      tasks: overdue,
      chart,
      calendar,
      at,
      now: at,
    });
    expect(letter.newDueDate).toBe('2022-10-04'); // five working days after Tuesday 27/09
    const docx = path.join(OUT, 'cong-van-don-doc-so-tai-chinh-2022-09.docx');
    fs.writeFileSync(docx, await renderLetterDocx(letter));
    const pdf = soffice(docx, profile);
    expect(pdfPages(pdf)).toBe(1);
    const text = pdfText(pdf);
    for (const expected of [
      'Kính gửi: Giám đốc Sở Tài chính',
      'V/v đôn đốc thực hiện văn bản số 907/UBND-NV',
      'quá hạn 2 ngày làm việc',
      'trước ngày 04/10/2022',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Văn An',
    ]) {
      expect(text).toContain(flat(expected));
    }
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, path.join(OUT, 'cong-van-don-doc-so-tai-chinh-2022-09')]);
    expect(fs.statSync(path.join(OUT, 'cong-van-don-doc-so-tai-chinh-2022-09.png')).size).toBeGreaterThan(10_000);
  });
});
