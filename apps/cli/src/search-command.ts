import { loadConfig, mongoEnv } from '@dondoc/config';
import { connectMongo, SearchTextBackfill, type SearchTextBackfillOutcome, type SearchTextBackfillProgress } from '@dondoc/persistence';
import { parseArgs } from 'node:util';

// `dondoc search backfill`: gives the rows written before search existed (directives, task
// rows) their folded search text, straight in MongoDB (MONGODB_URI). Progress on stderr, a
// summary on stdout. Idempotent and resumable: see libs/persistence/src/search/search-text-backfill.ts.

export interface SearchCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Cách dùng:
  dondoc search backfill [--batch <số dòng>] [--again]
  Bổ sung văn bản tìm kiếm (không dấu) cho văn bản chỉ đạo và nhiệm vụ ghi trước khi có tìm kiếm.
  Chạy lại an toàn; bị ngắt thì lần sau chạy tiếp từ chỗ dừng. --again: duyệt lại từ đầu dù đã xong.
Cấu hình: MONGODB_URI (mặc định mongodb://127.0.0.1:27017/dondoc).
`;

const TARGET_NAMES = { directives: 'văn bản chỉ đạo', tasks: 'nhiệm vụ' } as const;

const describeProgress = (p: SearchTextBackfillProgress) =>
  `${TARGET_NAMES[p.target]}: đã đọc ${p.read}/${p.total}, đã bổ sung ${p.filled} (${p.target}: read ${p.read}/${p.total}, filled ${p.filled})\n`;

const describeOutcome = (o: SearchTextBackfillOutcome) =>
  o.outcome === 'already-done'
    ? `${TARGET_NAMES[o.target]}: đã bổ sung xong từ lần chạy trước, ${o.filled} dòng (${o.target}: already done, ${o.filled} filled; --again to walk again)\n`
    : `${TARGET_NAMES[o.target]}: xong, đã đọc ${o.read} dòng, bổ sung ${o.filled} (${o.target}: done, ${o.read} read, ${o.filled} filled)\n`;

export async function runSearchCommand(
  argv: string[],
  io: SearchCommandIo,
  options: { env?: Record<string, string | undefined> } = {},
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { batch: { type: 'string', default: '500' }, again: { type: 'boolean', default: false }, help: { type: 'boolean' } },
      strict: true,
    });
  } catch (e) {
    io.stderr(`Tham số không hợp lệ (bad arguments): ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'backfill') {
    io.stderr(`Lệnh không hợp lệ (unknown command): search ${positionals.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    io.stderr(`--batch cần một số nguyên từ 1 đến 10000 (--batch must be an integer from 1 to 10000), nhận được '${values.batch}'\n`);
    return 2;
  }
  const config = loadConfig(mongoEnv, options.env ?? process.env);
  const connection = await connectMongo({ uri: config.MONGODB_URI, appName: 'dondoc-search-backfill' });
  try {
    const backfill = new SearchTextBackfill(connection);
    await backfill.init();
    const outcomes = await backfill.run({ batchSize, again: values.again, onProgress: (p) => io.stderr(describeProgress(p)) });
    for (const o of outcomes) io.stdout(describeOutcome(o));
    return 0;
  } finally {
    await connection.close();
  }
}
