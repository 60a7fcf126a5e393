import * as fs from 'node:fs';
import type { ArchiveScope } from '../archive/archived-run.types';
import { headsExport, parseHeadsExport, type AuditHead } from '../heads/audit-head';
import type { Seal } from '../signing/audit-seal';
import type { ReplayReport } from '../replay/replay.types';
import type { DirectiveVerification } from '../verify/directive-verification.service';
import { openAuditCliContext, type AuditCliContext } from './audit-cli.context';
import { progressLine } from './progress-bar';
import { sealExistingChains } from '../signing/seal-existing';

export interface AuditCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface AuditCommandOptions {
  env?: Record<string, string | undefined>;
  /** Tests replay against another workflow bundle (a fixture changed without patched()). */
  workflowsPath?: string;
  open?: (env: Record<string, string | undefined>) => Promise<AuditCliContext>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const USAGE = `Cách dùng:
  dondoc audit replay (--directive <số hiệu> | --unit <mã đơn vị> | --task <mã nhiệm vụ> | --all) [--json]
      phát lại các lịch sử đã lưu trữ với mã quy trình hiện tại
  dondoc audit verify --directive <số hiệu> [--heads <tệp>|kafka] [--expect-head <seq>:<hash>] [--json]
      kiểm tra chuỗi băm nhật ký kiểm toán, chữ ký Ed25519 của từng mục, đầu chuỗi đã công bố
      (tệp xuất bởi "heads" hoặc chủ đề Kafka) và mã SHA-256 của các lịch sử đã lưu trữ
  dondoc audit heads [--out <tệp>]
      xuất đầu chuỗi đã ký của mọi văn bản từ chủ đề Kafka (để kiểm toán viên giữ riêng)
  dondoc audit seal-existing
      bắt đầu ký các chuỗi ghi trước khi có chữ ký (một mục "bắt đầu ký" đã ký cho mỗi chuỗi;
      chuỗi đã hỏng bị từ chối); chạy lại vô hại, dịch vụ audit cũng tự chạy khi khởi động
Cấu hình: MONGODB_URI (mặc định mongodb://127.0.0.1:27017/dondoc), KAFKA_BROKERS, KAFKA_TOPIC_PREFIX,
  khóa ký: AUDIT_SIGNING_KEY_FILE | AUDIT_SIGNING_KEY | AUDIT_VERIFY_KEY_FILE (khóa công khai).
Mã thoát: 0 đạt, 1 phát hiện lỗi, 2 sai cú pháp.
`;

interface Parsed {
  action: 'replay' | 'verify' | 'heads' | 'seal-existing';
  heads?: string;
  out?: string;
  directive?: string;
  unit?: string;
  task?: string;
  all: boolean;
  json: boolean;
  expectHead?: { seq: number; hash: string };
}

/**
 * `dondoc audit replay|verify …`: the auditors' command line. Progress goes to stderr,
 * the summary (or JSON) to stdout; the exit code is non-zero on any failure, so CI and
 * scheduled checks can rely on it.
 */
export async function runAuditCommand(argv: string[], io: AuditCommandIo, options: AuditCommandOptions = {}): Promise<number> {
  const parsed = parse(argv[0] === 'audit' ? argv.slice(1) : argv);
  if (typeof parsed === 'string') {
    if (parsed === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    io.stderr(`${parsed}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const env = options.env ?? process.env;
  let context: AuditCliContext;
  try {
    context = await (options.open ?? ((e) => openAuditCliContext(e, options.workflowsPath)))(env);
  } catch (e) {
    io.stderr(`Không kết nối được cơ sở dữ liệu: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_FAILED;
  }
  try {
    if (parsed.action === 'heads') return await exportHeads(parsed, context, io);
    if (parsed.action === 'seal-existing') return await sealExisting(parsed, context, io);
    return parsed.action === 'replay' ? await replay(parsed, context, io) : await verify(parsed, context, io);
  } finally {
    await context.close();
  }
}

async function replay(args: Parsed, context: AuditCliContext, io: AuditCommandIo): Promise<number> {
  let scope: ArchiveScope;
  let label: string;
  if (args.directive) {
    const directiveId = await resolveDirective(context, args.directive);
    scope = { directiveId };
    label = `văn bản ${args.directive}${directiveId !== args.directive ? ` (${directiveId})` : ''}`;
  } else if (args.unit) [scope, label] = [{ unitId: args.unit }, `đơn vị ${args.unit}`];
  else if (args.task) [scope, label] = [{ taskId: args.task }, `nhiệm vụ ${args.task}`];
  else [scope, label] = [{ all: true }, 'toàn bộ lưu trữ'];

  const report = await context.replay.replay(scope, {
    onProgress: (p) => io.stderr(progressLine(p.done, p.total, `lượt chạy · ${p.events} sự kiện`)),
  });
  if (report.total > 0) io.stderr('\n');
  if (args.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (report.total === 0) io.stdout(`Phát lại lịch sử: ${label}\nKết quả: KHÔNG ĐẠT (không có lịch sử nào được lưu trữ)\n`);
  else io.stdout(replaySummary(label, report));
  // Nothing to replay is a failure: a scheduled check must not pass on an empty archive.
  return report.ok && report.total > 0 ? EXIT_OK : EXIT_FAILED;
}

async function verify(args: Parsed, context: AuditCliContext, io: AuditCommandIo): Promise<number> {
  if (!args.directive) {
    io.stderr(`Thiếu --directive.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const directiveId = await resolveDirective(context, args.directive);
  let expectedHead: { seq: number; hash: string; seal?: Seal } | undefined = args.expectHead;
  if (args.heads) {
    let heads: AuditHead[];
    try {
      heads = args.heads === 'kafka' ? await context.publishedHeads() : parseHeadsExport(fs.readFileSync(args.heads, 'utf8')).heads;
    } catch (e) {
      io.stderr(`Không đọc được đầu chuỗi đã công bố (cannot read the published heads): ${e instanceof Error ? e.message : String(e)}\n`);
      return EXIT_FAILED;
    }
    const kept = heads.find((h) => h.directiveId === directiveId);
    if (kept) expectedHead = { seq: kept.seq, hash: kept.hash, seal: kept.seal };
    else io.stderr(`Chưa có đầu chuỗi nào được công bố cho ${args.directive} (no published head for this directive).\n`);
  }
  const result = await context.verifier.verify(directiveId, {
    expectedHead,
    onProgress: (done, total) => io.stderr(progressLine(done, total, 'lịch sử')),
  });
  if (result.histories.checked > 0) io.stderr('\n');
  const empty = result.chain.entries === 0 && result.histories.checked === 0 && result.chain.problems.length === 0;
  if (args.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else if (empty) io.stdout(`Kiểm tra văn bản ${args.directive}\nKết quả: KHÔNG ĐẠT (không có dữ liệu kiểm toán nào)\n`);
  else io.stdout(verifySummary(args.directive, result));
  return result.ok && !empty ? EXIT_OK : EXIT_FAILED;
}

async function exportHeads(args: Parsed, context: AuditCliContext, io: AuditCommandIo): Promise<number> {
  const exported = headsExport(await context.publishedHeads());
  const text = `${JSON.stringify(exported, null, 2)}\n`;
  if (!args.out) {
    io.stdout(text);
    return EXIT_OK;
  }
  fs.writeFileSync(args.out, text);
  io.stdout(
    `Đã xuất ${exported.heads.length} đầu chuỗi vào ${args.out}: hãy lưu tệp này ngoài cơ sở dữ liệu (keep it outside the database).\n`,
  );
  return EXIT_OK;
}

async function sealExisting(args: Parsed, context: AuditCliContext, io: AuditCommandIo): Promise<number> {
  if (!context.keys.sealer) {
    io.stderr(
      'Cần khóa ký riêng (AUDIT_SIGNING_KEY_FILE hoặc AUDIT_SIGNING_KEY) để bắt đầu ký; khóa công khai chỉ dùng để kiểm tra (the signing key is needed).\n',
    );
    return EXIT_FAILED;
  }
  const outcomes = await sealExistingChains(context.trail, context.keys.checker);
  const refused = outcomes.filter((o) => o.outcome === 'refused').length;
  if (args.json) io.stdout(`${JSON.stringify(outcomes, null, 2)}\n`);
  else {
    for (const o of outcomes) io.stdout(`  ${o.outcome === 'adopted' ? '✓' : '✗'} ${o.message}\n`);
    io.stdout(
      `Bắt đầu ký: ${outcomes.length - refused} chuỗi, từ chối ${refused} chuỗi (adopted ${outcomes.length - refused}, refused ${refused})\n`,
    );
  }
  return refused === 0 ? EXIT_OK : EXIT_FAILED;
}

/** A directive number ('907/UBND-NV') as the archive knows it, or the argument as an id. */
async function resolveDirective(context: AuditCliContext, directive: string): Promise<string> {
  return (await context.archive.directiveIdByNumber(directive)) ?? directive;
}

function replaySummary(label: string, r: ReplayReport): string {
  const lines = [
    `Phát lại lịch sử: ${label}`,
    `  ${r.total} lượt chạy, ${r.events} sự kiện, ${(r.durationMs / 1000).toFixed(1)} giây (${r.eventsPerSecond} sự kiện/giây)`,
  ];
  for (const chain of r.chains) {
    lines.push(
      chain.ok
        ? `  ✓ nhiệm vụ ${chain.taskId}: ${chain.runIds.length} lượt chạy nối liền, tất định${chain.closed ? ', đã kết thúc' : ''}`
        : `  ✗ nhiệm vụ ${chain.taskId}: ${chain.problem ?? 'có lượt chạy không đạt'}`,
    );
  }
  for (const run of r.runs.filter((x) => !x.intact || !x.deterministic)) {
    const where = run.divergence?.eventId ? ` tại sự kiện ${run.divergence.eventId} (${run.divergence.eventType ?? '?'})` : '';
    const why = run.intact ? `không tất định${where}: ${run.divergence?.message ?? run.error ?? ''}` : (run.error ?? 'lịch sử bị thay đổi');
    lines.push(`    ✗ lượt chạy ${run.runIndex} (${run.runId}) của ${run.taskId ?? run.workflowId}: ${why}`);
  }
  lines.push(`Kết quả: ${r.ok ? 'ĐẠT' : `KHÔNG ĐẠT (${r.failed} lượt chạy lỗi)`}`);
  return `${lines.join('\n')}\n`;
}

function verifySummary(directive: string, v: DirectiveVerification): string {
  const { chain, histories } = v;
  const lines = [
    `Kiểm tra văn bản ${directive} (${v.directiveId})`,
    `  Nhật ký kiểm toán: ${chain.entries} mục, ${chain.sealsChecked} chữ ký, ${chain.checkpointsChecked} điểm kiểm tra${chain.head ? `, đầu chuỗi ${chain.head.seq}:${chain.head.hash}` : ''}`,
    ...chain.problems.map((p) => `  ✗ mục ${p.seq} (${p.kind}): ${p.message}`),
    `  Lịch sử lưu trữ: ${histories.checked} đã kiểm tra, ${histories.mismatched.length} sai lệch`,
    ...histories.mismatched.map((m) => `  ✗ lượt chạy ${m.runId} (nhiệm vụ ${m.taskId ?? '?'}): ${m.problem ?? ''}`),
    `Kết quả: ${v.ok ? 'ĐẠT' : 'KHÔNG ĐẠT'}`,
  ];
  return `${lines.join('\n')}\n`;
}

function parse(args: string[]): Parsed | string {
  const [action, ...rest] = args;
  if (!action || action === '-h' || action === '--help' || action === 'help') return 'help';
  if (action !== 'replay' && action !== 'verify' && action !== 'heads' && action !== 'seal-existing')
    return `Lệnh con không hợp lệ: ${action}`;
  const parsed: Parsed = { action, all: false, json: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => rest[++i];
    switch (a) {
      case '--directive':
      case '--unit':
      case '--task': {
        const v = value();
        if (!v || v.startsWith('--')) return `Thiếu giá trị sau ${a}.`;
        parsed[a.slice(2) as 'directive' | 'unit' | 'task'] = v;
        break;
      }
      case '--heads':
      case '--out': {
        const v = value();
        if (!v || v.startsWith('--')) return `Thiếu giá trị sau ${a}.`;
        parsed[a.slice(2) as 'heads' | 'out'] = v;
        break;
      }
      case '--expect-head': {
        const m = /^(\d+):([0-9a-f]{64})$/.exec(value() ?? '');
        if (!m) return '--expect-head cần dạng <seq>:<sha256 hex>.';
        parsed.expectHead = { seq: Number(m[1]), hash: m[2] };
        break;
      }
      case '--all':
        parsed.all = true;
        break;
      case '--json':
        parsed.json = true;
        break;
      case '-h':
      case '--help':
        return 'help';
      default:
        return `Tùy chọn không hợp lệ: ${a}`;
    }
  }
  const scopes = [parsed.directive, parsed.unit, parsed.task, parsed.all || undefined].filter((x) => x !== undefined).length;
  if (action === 'replay' && scopes !== 1) return 'Chọn đúng một phạm vi: --directive, --unit, --task hoặc --all.';
  if (action === 'verify' && !parsed.directive) return 'Thiếu --directive.';
  return parsed;
}
