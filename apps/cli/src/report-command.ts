import { describeIssues } from '@dondoc/contracts';
import { loadConfig, mongoEnv } from '@dondoc/config';
import { AssessmentStore, OrgChartStore, ReportSourceReader, connectMongo } from '@dondoc/persistence';
import {
  ReportSubjectNotFound,
  buildReport,
  formatRate,
  renderReport,
  reportFileName,
  reportRequestSchema,
  type ReportDeps,
} from '@dondoc/reports';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

// `dondoc report …`: a report on task results, read straight from the read model in
// MongoDB (MONGODB_URI), written to a file; progress on stderr, a summary on stdout.

export interface ReportCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Cách dùng:
  dondoc report --period <YYYY-MM|YYYY-Qn|YYYY> [--unit <mã đơn vị> | --directive <mã văn bản>]
                [--as-of <ISO 8601>] [--rule <quy tắc>] [--format docx|xlsx|csv|json] [--table summary|matrix|grades|overdue|items]
                [--out <tệp>]
  Không nêu --unit, --directive: báo cáo toàn tỉnh. Mặc định --format docx, tệp bao-cao-<kỳ>-<phạm vi>.<định dạng>.
Cấu hình: MONGODB_URI (mặc định mongodb://127.0.0.1:27017/dondoc).
`;

export async function runReportCommand(
  argv: string[],
  io: ReportCommandIo,
  options: {
    env?: Record<string, string | undefined>;
    open?: (env: Record<string, string | undefined>) => Promise<ReportDeps & { close(): Promise<void> }>;
  } = {},
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        period: { type: 'string' },
        unit: { type: 'string' },
        directive: { type: 'string' },
        'as-of': { type: 'string' },
        rule: { type: 'string' },
        format: { type: 'string', default: 'docx' },
        table: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (e) {
    io.stderr(`Tham số không hợp lệ (bad arguments): ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const parsed = reportRequestSchema.safeParse({
    scope: values.unit ? 'unit' : values.directive ? 'directive' : 'province',
    unitId: values.unit,
    directiveId: values.directive,
    period: values.period,
    asOf: values['as-of'],
    rule: values.rule,
    format: values.format,
    table: values.table,
  });
  if (!parsed.success) {
    io.stderr(
      `Tham số không hợp lệ (bad arguments):\n${describeIssues(parsed.error)
        .map((p) => `  - ${p}`)
        .join('\n')}\n\n${USAGE}`,
    );
    return 2;
  }
  const request = parsed.data;
  const context = await (options.open ?? openReportContext)(options.env ?? process.env);
  try {
    const started = Date.now();
    const built = await buildReport(context, request, (m) => io.stderr(`\r${m}`.padEnd(60)));
    io.stderr('\n');
    const t = built.report.totals;
    const summary =
      `${built.report.scope.label}, ${built.report.window.label}: ${t.total} nhiệm vụ, đến hạn ${t.due}, đúng hạn ${t.doneOnTime} ` +
      `(sau gia hạn ${t.doneAfterExtension}), quá hạn đã xong ${t.doneLate}, chưa xong quá hạn ${t.overdue}; tỷ lệ đúng hạn ${formatRate(t.onTimeRate)}`;
    if (request.format === 'json') {
      io.stdout(`${JSON.stringify(built.report, null, 2)}\n`);
      io.stderr(`${summary}\n`);
      return 0;
    }
    io.stderr(`Đang tạo tệp ${request.format}…\n`);
    const bytes = await renderReport(built, request.format, request.table);
    const out = path.resolve(values.out ?? reportFileName(built.report, request.format, request.table));
    await fs.writeFile(out, bytes);
    io.stdout(`${summary}\nĐã ghi ${out} (${bytes.length} byte, ${Date.now() - started} ms)\n`);
    return 0;
  } catch (e) {
    if (e instanceof ReportSubjectNotFound) {
      io.stderr(`\n${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    await context.close();
  }
}

async function openReportContext(env: Record<string, string | undefined>): Promise<ReportDeps & { close(): Promise<void> }> {
  const config = loadConfig(mongoEnv, env);
  const connection = await connectMongo({ uri: config.MONGODB_URI, appName: 'dondoc-report-cli' });
  // The assessors' input too, so the CLI's decree grades are the API's.
  return {
    source: new ReportSourceReader(connection),
    orgCharts: new OrgChartStore(connection),
    assessments: new AssessmentStore(connection),
    close: () => connection.close(),
  };
}
