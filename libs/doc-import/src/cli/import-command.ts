import { validateOrgChartSeed, versionInForce, type OrgChartVersion } from '@dondoc/domain';
import { evaluateCorpus, renderCorpusScore, type CorpusLetter } from '../accuracy/evaluate-corpus';
import type { LetterExpectation } from '../accuracy/letter-expectation.types';
import { importDocument } from '../import-document';
import { chartHistory } from './org-chart-history';
import { renderJson } from '../render/json.renderer';
import { renderSummary } from '../render/summary.renderer';

export interface ImportCommandIo {
  /** Reads a whole file; rejects when it cannot (missing, unreadable, a directory). */
  readFile(path: string): Promise<Uint8Array | string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Names of the files in a folder (for --evaluate and the org chart versions folder). */
  listFiles?(dir: string): Promise<string[]>;
}

export interface ImportCommandOptions {
  /** Org chart used when `--org-chart` is not given; a missing default is not an error. */
  defaultOrgChartPath?: string;
  /** Folder of later org chart versions (publish bodies), read with the chart when present. */
  defaultOrgChartVersionsDir?: string;
}

export const DEFAULT_ORG_CHART_PATH = 'infra/seed/org-chart.thua-thien-hue.2022.json';

export const DEFAULT_ORG_CHART_VERSIONS_DIR = 'infra/seed/org-chart-versions';

const USAGE = `Cách dùng: dondoc import <tệp .txt|.md|.docx|.pdf> [--json] [--org-chart <tệp .json>]
       dondoc import --evaluate <thư mục> [--quiet]
  --json            in kết quả dạng JSON (mặc định: tóm tắt tiếng Việt)
  --org-chart FILE  sơ đồ tổ chức dùng để quy đổi đơn vị (mặc định: ${DEFAULT_ORG_CHART_PATH}
                    cùng các phiên bản sau trong ${DEFAULT_ORG_CHART_VERSIONS_DIR})
  --evaluate DIR    đọc mọi văn bản trong thư mục, so với tệp <tên>.expected.json bên cạnh,
                    in độ chính xác theo trường (--quiet: không liệt kê trường sai)
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
  let evaluateDir: string | undefined;
  let quiet = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--org-chart') {
      orgChartPath = args[++i];
      if (!orgChartPath) return usage(io, 'Thiếu đường dẫn sau --org-chart.');
    } else if (a === '--evaluate') {
      evaluateDir = args[++i];
      if (!evaluateDir) return usage(io, 'Thiếu thư mục sau --evaluate.');
    } else if (a === '--quiet') quiet = true;
    else if (a === '-h' || a === '--help') {
      io.stdout(USAGE);
      return EXIT_OK;
    } else if (a.startsWith('--')) return usage(io, `Tùy chọn không hợp lệ: ${a}`);
    else files.push(a);
  }
  if (evaluateDir !== undefined) {
    if (files.length) return usage(io, 'Dùng --evaluate <thư mục> hoặc một tệp, không cả hai.');
    return runEvaluate(evaluateDir, orgChartPath, quiet, io, options);
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

  const charts = await loadChartHistory(io, orgChartPath, options);
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

async function runEvaluate(
  dir: string,
  orgChartPath: string | undefined,
  quiet: boolean,
  io: ImportCommandIo,
  options: ImportCommandOptions,
): Promise<number> {
  if (!io.listFiles) {
    io.stderr('Không liệt kê được thư mục trong môi trường này.\n');
    return EXIT_IMPORT_FAILED;
  }
  let names: string[];
  try {
    names = (await io.listFiles(dir)).sort();
  } catch (e) {
    io.stderr(`Không đọc được thư mục "${dir}": ${describe(e)}\n`);
    return EXIT_IMPORT_FAILED;
  }
  const charts = await loadChartHistory(io, orgChartPath, options);
  if (charts === 'failed') return EXIT_IMPORT_FAILED;
  const letters: CorpusLetter[] = [];
  for (const name of names.filter((n) => !n.endsWith('.expected.json') && names.includes(expectationName(n)))) {
    const raw = await io.readFile(`${dir}/${name}`);
    const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    const expRaw = await io.readFile(`${dir}/${expectationName(name)}`);
    const expected = JSON.parse(typeof expRaw === 'string' ? expRaw : new TextDecoder().decode(expRaw)) as LetterExpectation;
    letters.push({ fileName: name, bytes, expected });
  }
  if (!letters.length) {
    io.stderr(`Thư mục "${dir}" không có văn bản nào kèm tệp <tên>.expected.json.\n`);
    return EXIT_IMPORT_FAILED;
  }
  io.stdout(renderCorpusScore(await evaluateCorpus(letters, charts), { misses: !quiet }));
  return EXIT_OK;
}

/** "kh-41.portal-html.txt" → "kh-41.portal-html.expected.json". */
export function expectationName(fileName: string): string {
  return fileName.replace(/\.(txt|md|html?|docx|pdf)$/i, '') + '.expected.json';
}

/** The chart file, and with the default one the later versions published after it. */
async function loadChartHistory(
  io: ImportCommandIo,
  orgChartPath: string | undefined,
  options: ImportCommandOptions,
): Promise<OrgChartVersion[] | 'failed'> {
  const charts = await loadCharts(io, orgChartPath ?? options.defaultOrgChartPath ?? DEFAULT_ORG_CHART_PATH, orgChartPath !== undefined);
  if (charts === 'failed' || orgChartPath !== undefined || !options.defaultOrgChartVersionsDir || !io.listFiles) return charts;
  const dir = options.defaultOrgChartVersionsDir;
  let names: string[] = [];
  try {
    names = (await io.listFiles(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return charts; // no later versions: the seed alone
  }
  const bodies: unknown[] = [];
  for (const n of names) {
    const raw = await io.readFile(`${dir}/${n}`);
    bodies.push(JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw)));
  }
  return chartHistory(charts, bodies);
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
