import { parseArgs } from 'node:util';
import { callApi, describeApiFailure, type ApiTarget } from './api-client';

// `dondoc calendar list | show [N] | publish <file.json>`: the working calendar versions
// through the directive API (publishing needs an administrator's token).

export interface CalendarIo {
  readFile(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Cách dùng:
  dondoc calendar list                         các phiên bản lịch làm việc đã công bố
  dondoc calendar show [số]                    một phiên bản (mặc định: đang áp dụng), dạng JSON
  dondoc calendar publish <tệp.json> [--based-on số]   công bố phiên bản mới (quyền quản trị)
Tùy chọn chung: --api URL (DONDOC_API_URL), --token MÃ (DONDOC_TOKEN)
Tệp công bố: { "notice": "Công văn …/VPCP-KGVX ngày …", "years": { "2027": { "source": "…",
  "nationalDayAdjacent": "2027-09-03", "swaps": [{ "dayOff": "…", "makeUpOn": "…", "notice": "…" }],
  "daysOff": [{ "date": "…", "name": "…", "notice": "…" }] } } }
`;

interface Summary {
  sequence: number;
  version: string;
  description: string;
  notice: string;
  publishedAt: string;
  publishedBy: string;
}

export async function runCalendarCommand(argv: string[], io: CalendarIo, env: { apiUrl: string; token?: string }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { api: { type: 'string' }, token: { type: 'string' }, json: { type: 'boolean' }, 'based-on': { type: 'string' } },
    });
  } catch (e) {
    io.stderr(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, arg] = positionals;
  const token = values.token ?? env.token;
  if (!action || !['list', 'show', 'publish'].includes(action)) {
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
      const versions = (await callApi(target, 'GET', '/v1/calendar-versions?pageSize=200')) as Summary[];
      if (values.json) io.stdout(`${JSON.stringify(versions, null, 2)}\n`);
      else
        for (const v of versions)
          io.stdout(`${v.sequence}\t${v.version}\t${v.publishedAt.slice(0, 10) || '(trong mã nguồn)'}\t${v.publishedBy}\t${v.notice}\n`);
      return 0;
    }
    if (action === 'show') {
      if (arg !== undefined && !/^[1-9]\d*$/.test(arg)) {
        io.stderr(`Số phiên bản phải là số nguyên dương: ${arg}\n`);
        return 2;
      }
      io.stdout(`${JSON.stringify(await callApi(target, 'GET', `/v1/calendar-versions/${arg ?? 'current'}`), null, 2)}\n`);
      return 0;
    }
    if (!arg) {
      io.stderr(USAGE);
      return 2;
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(Buffer.from(await io.readFile(arg)).toString('utf8')) as Record<string, unknown>;
    } catch (e) {
      io.stderr(`Không đọc được tệp ${arg}: ${(e as Error).message}\n`);
      return 1;
    }
    if (values['based-on'] !== undefined) body = { ...body, basedOn: Number(values['based-on']) };
    const published = (await callApi(target, 'POST', '/v1/calendar-versions', body)) as { sequence: number; data: { version: string } };
    if (values.json) io.stdout(`${JSON.stringify(published, null, 2)}\n`);
    else
      io.stdout(
        `Đã công bố lịch làm việc phiên bản ${published.sequence} (${published.data.version}); các nhiệm vụ đang theo dõi sẽ lập lại lịch.\n`,
      );
    return 0;
  } catch (e) {
    io.stderr(describeApiFailure(e, target.api));
    return 1;
  }
}
