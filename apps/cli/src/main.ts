import { runAuditCommand } from '@dondoc/audit';
import { runImportCommand } from '@dondoc/doc-import';
import * as path from 'node:path';
import { runIssueCommand } from './issue-command';
import { nodeIo } from './node-io';

// `npx dondoc <command>`: the command-line entry of dondoc.

const REPO_ROOT = path.resolve(__dirname, '../../..');

const USAGE = `dondoc — theo dõi, đôn đốc thực hiện văn bản chỉ đạo

Cách dùng: dondoc <lệnh> [tùy chọn]
  import <tệp> [--json]     đọc văn bản (.txt, .docx, .pdf) thành dự thảo nhiệm vụ
  import --evaluate <thư mục>   độ chính xác theo trường trên bộ văn bản mẫu kèm <tên>.expected.json
  import <tệp> --issue      … rồi tạo và ban hành qua API (DONDOC_API_URL, DONDOC_TOKEN hoặc --token)
  audit replay --directive <số>   phát lại lịch sử đã lưu trữ với mã quy trình hiện hành
  audit verify --directive <số>   kiểm tra chuỗi băm nhật ký kiểm toán và lịch sử lưu trữ
  audit heads | seal-existing     xuất đầu chuỗi đã ký | bắt đầu ký các chuỗi ghi trước khi có chữ ký
  preview <tệp> [--behaviour on_time|late:N|never]   xem trước một năm của văn bản (lịch, vượt cấp, xếp loại)
  report --period <kỳ> [--unit|--directive] [--format docx|xlsx|csv|json]   báo cáo kết quả thực hiện nhiệm vụ
  report-counts rebuild     tính lại bảng số liệu tổng hợp của trang Tổng hợp từ các nhiệm vụ
  calendar list|show [số]|publish <tệp.json>   phiên bản lịch làm việc (ngày nghỉ, hoán đổi, làm bù) qua API
  org-chart list|publish <tệp.json>          phiên bản sơ đồ tổ chức và đơn vị kế thừa khi sắp xếp, qua API
  token --role <vai trò> --unit <đơn vị>     mã xác thực cục bộ (HS256) để gọi API bằng curl
  seed [--letter <tệp>|--file <tệp.json>] [--rebase]   tạo, ban hành văn bản mẫu qua API và chờ quy trình theo dõi
  search backfill [--batch N] [--again]     bổ sung văn bản tìm kiếm không dấu cho dữ liệu ghi trước khi có tìm kiếm
  help                      hướng dẫn này
`;

type Command = (argv: string[]) => Promise<number>;

const ORG_CHART = path.join(REPO_ROOT, 'infra/seed/org-chart.thua-thien-hue.2022.json');
const ORG_CHART_VERSIONS = path.join(REPO_ROOT, 'infra/seed/org-chart-versions');

const COMMANDS: Record<string, Command> = {
  import: (argv) =>
    argv.includes('--issue')
      ? runIssueCommand(argv, nodeIo, {
          apiUrl: process.env.DONDOC_API_URL ?? 'http://127.0.0.1:3000',
          token: process.env.DONDOC_TOKEN,
          orgChartPath: ORG_CHART,
        })
      : runImportCommand(argv, nodeIo, { defaultOrgChartPath: ORG_CHART, defaultOrgChartVersionsDir: ORG_CHART_VERSIONS }),
  audit: (argv) => runAuditCommand(argv, nodeIo),
  // Loaded on use: they bring the document libraries and MongoDB, which `import` does not need.
  report: async (argv) => (await import('./report-command')).runReportCommand(argv, nodeIo),
  'report-counts': async (argv) => (await import('./report-counts-command')).runReportCountsCommand(argv, nodeIo),
  preview: async (argv) => (await import('./preview-command')).runPreviewCommand(argv, nodeIo, { orgChartPath: ORG_CHART }),
  calendar: async (argv) =>
    (await import('./calendar-command')).runCalendarCommand(argv, nodeIo, {
      apiUrl: process.env.DONDOC_API_URL ?? 'http://127.0.0.1:3000',
      token: process.env.DONDOC_TOKEN,
    }),
  'org-chart': async (argv) =>
    (await import('./org-chart-command')).runOrgChartCommand(argv, nodeIo, {
      apiUrl: process.env.DONDOC_API_URL ?? 'http://127.0.0.1:3000',
      token: process.env.DONDOC_TOKEN,
    }),
  token: async (argv) => (await import('./token-command')).runTokenCommand(argv, nodeIo),
  search: async (argv) => (await import('./search-command')).runSearchCommand(argv, nodeIo),
  seed: async (argv) =>
    (await import('./seed-command')).runSeedCommand(argv, nodeIo, {
      apiUrl: process.env.DONDOC_API_URL ?? 'http://127.0.0.1:3000',
      token: process.env.DONDOC_TOKEN,
      defaultFixturePath: path.join(REPO_ROOT, 'infra/seed/directive.907-UBND-NV.json'),
      orgChartPath: ORG_CHART,
      authEnv: process.env,
    }),
  help: async () => {
    nodeIo.stdout(USAGE);
    return 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = COMMANDS[name ?? 'help'];
  if (!command) {
    nodeIo.stderr(`Lệnh không hợp lệ: ${name}\n\n${USAGE}`);
    return 2;
  }
  return command(rest);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      nodeIo.stderr(`Lỗi không mong đợi: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
