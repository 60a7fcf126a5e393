import { validateOrgChartSeed, versionInForce, type OrgChartVersion } from '@dondoc/domain';
import { importDocument } from '../import-document';
import { renderJson } from '../render/json.renderer';
import { renderSummary } from '../render/summary.renderer';

export interface ImportCommandIo {
  /** Reads a whole file; rejects when it cannot (missing, unreadable, a directory). */
  readFile(path: string): Promise<Uint8Array | string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface ImportCommandOptions {
  /** Org chart used when `--org-chart` is not given; a missing default is not an error. */
  defaultOrgChartPath?: string;
}

export const DEFAULT_ORG_CHART_PATH = 'infra/seed/org-chart.thua-thien-hue.2022.json';

const USAGE = `Cách dùng: dondoc import <tệp .txt|.md|.docx|.pdf> [--json] [--org-chart <tệp .json>]
  --json            in kết quả dạng JSON (mặc định: tóm tắt tiếng Việt)
  --org-chart FILE  sơ đồ tổ chức dùng để quy đổi đơn vị (mặc định: ${DEFAULT_ORG_CHART_PATH})
`;

export const EXIT_OK = 0;
export const EXIT_IMPORT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * `dondoc import <file> [--json]`: reads the file through `io` (so tests and the bin
 * share this code), imports it and prints JSON or a Vietnamese summary. Returns the exit
 * code: 0 imported (warnings included), 1 the file could not be read or imported, 2 usage.
 */
export async function runImportCommand(argv: string[], io: ImportCommandIo, options: ImportCommandOptions = {}): Promise<number> {
  const args = argv[0] === 'import' ? argv.slice(1) : [...argv];
  let json = false;
  let orgChartPath: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--org-chart') {
      orgChartPath = args[++i];
      if (!orgChartPath) return usage(io, 'Thiếu đường dẫn sau --org-chart.');
    } else if (a === '-h' || a === '--help') {
      io.stdout(USAGE);
      return EXIT_OK;
    } else if (a.startsWith('--')) return usage(io, `Tùy chọn không hợp lệ: ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) return usage(io, files.length ? 'Chỉ nhập một tệp mỗi lần.' : 'Thiếu tệp cần nhập.');
  const file = files[0];

  let bytes: Uint8Array;
  try {
    const content = await io.readFile(file);
    bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  } catch (e) {
    io.stderr(`Không đọc được tệp "${file}": ${describe(e)}\n`);
    return EXIT_IMPORT_FAILED;
  }

  const charts = await loadCharts(io, orgChartPath ?? options.defaultOrgChartPath ?? DEFAULT_ORG_CHART_PATH, orgChartPath !== undefined);
  if (charts === 'failed') return EXIT_IMPORT_FAILED;

  const result = await importDocument({ bytes, fileName: file }, { orgCharts: charts });
  if (!result.ok) {
    io.stderr(`Không nhập được "${file}" (${result.error.code}): ${result.error.message}\n`);
    return EXIT_IMPORT_FAILED;
  }
  if (json) io.stdout(renderJson(result.document));
  else {
    const chart = result.document.date ? versionInForce(charts, result.document.date) : undefined;
    io.stdout(renderSummary(result.document, { chart: chart ?? charts[charts.length - 1] }));
  }
  return EXIT_OK;
}

function usage(io: ImportCommandIo, problem: string): number {
  io.stderr(`${problem}\n${USAGE}`);
  return EXIT_USAGE;
}

function describe(e: unknown): string {
  const err = e as { code?: string; message?: string };
  if (err?.code === 'ENOENT') return 'không tồn tại';
  if (err?.code === 'EISDIR') return 'là thư mục';
  if (err?.code === 'EACCES') return 'không có quyền đọc';
  return err?.message ?? String(e);
}

async function loadCharts(io: ImportCommandIo, path: string, explicit: boolean): Promise<OrgChartVersion[] | 'failed'> {
  let raw: Uint8Array | string;
  try {
    raw = await io.readFile(path);
  } catch (e) {
    if (!explicit) return []; // no chart: import still works, without unit ids
    io.stderr(`Không đọc được sơ đồ tổ chức "${path}": ${describe(e)}\n`);
    return 'failed';
  }
  let data: unknown;
  try {
    data = JSON.parse(typeof raw === 'string' ? raw : new TextDecoder('utf-8').decode(raw));
  } catch (e) {
    io.stderr(`Sơ đồ tổ chức "${path}" không phải JSON hợp lệ: ${describe(e)}\n`);
    return 'failed';
  }
  const checked = validateOrgChartSeed(data);
  if (!checked.ok) {
    io.stderr(`Sơ đồ tổ chức "${path}" không hợp lệ:\n${checked.errors.map((x) => `  - ${x}`).join('\n')}\n`);
    return 'failed';
  }
  return checked.seed.charts;
}
