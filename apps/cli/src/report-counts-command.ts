import { loadConfig, mongoEnv } from '@dondoc/config';
import { connectMongo } from '@dondoc/persistence';
import { rebuildReportCounts } from '@dondoc/reports';
import type { nodeIo } from './node-io';

// `dondoc report-counts rebuild`: the dashboard's counts rebuilt from the task rows (after a
// bulk load, a restore, or a crash between a row and its counts). The worker also rebuilds
// at start when the counts are empty or of another version; run this one while no worker projects.

const USAGE = `Cách dùng: dondoc report-counts rebuild
  Tính lại bảng số liệu tổng hợp của trang Tổng hợp từ các nhiệm vụ trong mô hình đọc.
  Chạy khi không có worker nào đang ghi (worker tự tính lại khi khởi động nếu bảng trống hoặc khác phiên bản).
Cấu hình: MONGODB_URI (mặc định mongodb://127.0.0.1:27017/dondoc).
`;

export async function runReportCountsCommand(
  argv: string[],
  io: typeof nodeIo,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  if (argv[0] !== 'rebuild' || argv.length > 1) {
    io.stderr(USAGE);
    return 2;
  }
  const config = loadConfig(mongoEnv, env);
  const connection = await connectMongo({ uri: config.MONGODB_URI, appName: 'dondoc-report-counts-cli' });
  try {
    const r = await rebuildReportCounts(connection);
    io.stdout(
      `Đã tính lại: ${r.rows} nhiệm vụ (${r.retallied} nhiệm vụ ghi lại phân loại) → ${r.documents} bản ghi số liệu (đơn vị × tháng) trong ${r.ms} ms\n` +
        `Rebuilt: ${r.rows} tasks (${r.retallied} re-tallied) → ${r.documents} count documents (unit × month) in ${r.ms} ms\n`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}
