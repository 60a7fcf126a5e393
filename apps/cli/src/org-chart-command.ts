import { parseArgs } from 'node:util';
import { callApi, describeApiFailure, type ApiTarget } from './api-client';

// `dondoc org-chart list | publish <file.json>`: org chart versions through the directive
// API (publishing needs an administrator's token). infra/seed/org-chart-versions holds the
// 2025 reorganisation of Huế as such files.

export interface OrgChartIo {
  readFile(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Cách dùng:
  dondoc org-chart list                      các phiên bản sơ đồ tổ chức (hiệu lực, căn cứ, đã chuyển nhiệm vụ chưa)
  dondoc org-chart publish <tệp.json> [--based-on số] [--valid-from YYYY-MM-DD] [--effective-at ISO]
                                             công bố phiên bản mới (quyền quản trị); --valid-from/--effective-at
                                             thay ngày hiệu lực của tệp (thử nghiệm, diễn tập)
Tùy chọn chung: --api URL (DONDOC_API_URL), --token MÃ (DONDOC_TOKEN)
`;

interface VersionSummary {
  chartId: string;
  version: number;
  name: string;
  validFrom: string;
  validTo: string | null;
  units: number;
  rehomedAt: string | null;
  succession: unknown[];
}

export async function runOrgChartCommand(argv: string[], io: OrgChartIo, env: { apiUrl: string; token?: string }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        api: { type: 'string' },
        token: { type: 'string' },
        json: { type: 'boolean' },
        'based-on': { type: 'string' },
        'valid-from': { type: 'string' },
        'effective-at': { type: 'string' },
      },
    });
  } catch (e) {
    io.stderr(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, file] = positionals;
  const token = values.token ?? env.token;
  if ((action !== 'list' && action !== 'publish') || (action === 'publish' && !file)) {
    io.stderr(USAGE);
    return 2;
  }
  if (!token) {
    io.stderr('Thiếu mã xác thực: dùng --token hoặc biến DONDOC_TOKEN (tạo bằng: npm run -s token -- --role admin --unit <đơn vị>).\n');
    return 2;
  }
  const target: ApiTarget = { api: values.api ?? env.apiUrl, token };
  try {
    if (action === 'list') {
      const versions = (await callApi(target, 'GET', '/v1/org-chart-versions?pageSize=200')) as VersionSummary[];
      if (values.json) io.stdout(`${JSON.stringify(versions, null, 2)}\n`);
      else {
        for (const v of versions) {
          const moved = v.succession.length === 0 ? '' : v.rehomedAt ? `\tđã chuyển nhiệm vụ ${v.rehomedAt}` : '\tchưa chuyển nhiệm vụ';
          io.stdout(`${v.chartId} v${v.version}\t${v.validFrom} → ${v.validTo ?? 'nay'}\t${v.units} đơn vị\t${v.name}${moved}\n`);
        }
      }
      return 0;
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(Buffer.from(await io.readFile(file)).toString('utf8')) as Record<string, unknown>;
    } catch (e) {
      io.stderr(`Không đọc được tệp ${file}: ${(e as Error).message}\n`);
      return 1;
    }
    if (values['based-on'] !== undefined) body = { ...body, basedOn: Number(values['based-on']) };
    if (values['valid-from'] !== undefined) body = { ...body, validFrom: values['valid-from'] };
    if (values['effective-at'] !== undefined) body = { ...body, effectiveAt: values['effective-at'] };
    const published = (await callApi(target, 'POST', '/v1/org-chart-versions', body)) as {
      chartId: string;
      version: number;
      validFrom: string;
      effectiveAt?: string;
    };
    if (values.json) io.stdout(`${JSON.stringify(published, null, 2)}\n`);
    else
      io.stdout(
        `Đã công bố sơ đồ tổ chức ${published.chartId} phiên bản ${published.version}, hiệu lực từ ${published.effectiveAt ?? published.validFrom}; nhiệm vụ đang mở của đơn vị sắp xếp sẽ được giao cho đơn vị kế thừa khi đến hiệu lực.\n`,
      );
    return 0;
  } catch (e) {
    io.stderr(describeApiFailure(e, target.api));
    return 1;
  }
}
