import { importDocument, toDirectiveDraft } from '@dondoc/doc-import';
import type { OrgChartSeed } from '@dondoc/domain';
import { parseArgs } from 'node:util';

// `dondoc import <file> --issue`: imports a letter, turns it into a draft, and — the flag
// being the person's confirmation — creates and issues it through the directive API.

export interface IssueIo {
  readFile(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface IssueEnv {
  apiUrl: string;
  token?: string;
  orgChartPath: string;
}

interface ApiError {
  status: number;
  body: unknown;
}

export async function runIssueCommand(argv: string[], io: IssueIo, env: IssueEnv): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv[0] === 'import' ? argv.slice(1) : argv,
      allowPositionals: true,
      options: {
        issue: { type: 'boolean' },
        json: { type: 'boolean' },
        api: { type: 'string' },
        token: { type: 'string' },
        'issuer-unit': { type: 'string' },
        'org-chart': { type: 'string' },
      },
    });
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.stderr('Cách dùng: dondoc import <tệp> --issue [--api URL] [--token TOKEN] [--issuer-unit ID]\n');
    return 2;
  }
  const token = values.token ?? env.token;
  if (!token) {
    io.stderr('Thiếu mã xác thực: dùng --token hoặc biến DONDOC_TOKEN (tạo bằng: npm run token -- --role issuer --unit <đơn vị>).\n');
    return 2;
  }
  const api = (values.api ?? env.apiUrl).replace(/\/$/, '');

  let bytes: Uint8Array;
  let seed: OrgChartSeed;
  try {
    bytes = await io.readFile(positionals[0]);
    seed = JSON.parse(Buffer.from(await io.readFile(values['org-chart'] ?? env.orgChartPath)).toString('utf8')) as OrgChartSeed;
  } catch (e) {
    io.stderr(`Không đọc được tệp: ${(e as Error).message}\n`);
    return 1;
  }
  const imported = await importDocument({ bytes, fileName: positionals[0] }, { orgCharts: seed.charts });
  if (!imported.ok) {
    io.stderr(`Không nhập được văn bản: ${imported.error.message}\n`);
    return 1;
  }
  const drafted = toDirectiveDraft(imported.document, { issuerUnitId: values['issuer-unit'] });
  if (!drafted.ok) {
    io.stderr(`Chưa thể tạo dự thảo:\n${drafted.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  }
  try {
    const created = (await call(api, token, 'POST', '/v1/directives', drafted.draft)) as { id: string };
    const issued = (await call(api, token, 'POST', `/v1/directives/${created.id}/issue`)) as {
      id: string;
      number: string;
      assignments?: unknown[];
    };
    const assignments = issued.assignments?.length ?? 0;
    if (values.json) io.stdout(`${JSON.stringify(issued, null, 2)}\n`);
    else {
      io.stdout(
        `Đã ban hành văn bản ${issued.number} (id ${issued.id}): ${drafted.draft.tasks.length} nhiệm vụ, ${assignments} lượt giao cho đơn vị.\n`,
      );
      for (const note of drafted.notes) io.stdout(`  Lưu ý: ${note}\n`);
    }
    return 0;
  } catch (e) {
    const error = e as Partial<ApiError> & Error;
    if (error.status) io.stderr(`API trả lời ${error.status}: ${JSON.stringify(error.body)}\n`);
    else io.stderr(`Không gọi được API ${api}: ${error.message}\n`);
    return 1;
  }
}

async function call(api: string, token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : null;
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status, body: parsed });
  return parsed;
}
