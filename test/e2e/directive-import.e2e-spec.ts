// POST /v1/directives/import against a real API process: the letter in (text/plain, JSON
// text, or a base64 .docx/.pdf), the same draft `dondoc import` makes out; clear errors.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DondocStack } from './support/dondoc-stack';

jest.setTimeout(180_000);

const FIXTURES = path.resolve(__dirname, '../../libs/doc-import/fixtures');
const SEED = fs.readFileSync(path.join(FIXTURES, 'seed-907-UBND-NV.txt'), 'utf8');

interface ImportAnswer {
  document: { number: string; symbol: string; tasks: unknown[] };
  draft?: { number: string; tasks: { itemRef: string; leadUnitIds: string[] }[] };
  problems?: string[];
  message?: string;
}

describe('POST /v1/directives/import', () => {
  let stack: DondocStack;
  let issuer: string;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-import', ['directive-api']);
    issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
  });
  afterAll(async () => stack?.stop());

  it('reads the seed letter sent as text/plain into a draft for every addressed unit', async () => {
    const http = await fetch(`${stack.baseUrl}/v1/directives/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${issuer}`, 'content-type': 'text/plain; charset=utf-8' },
      body: SEED,
    });
    const res = { status: http.status, body: (await http.json()) as ImportAnswer };
    expect(res.status).toBe(200);
    expect(res.body.document).toMatchObject({ number: '907', symbol: 'UBND-NV' });
    expect(res.body.draft?.number).toBe('907/UBND-NV');
    expect(res.body.draft?.tasks.map((t) => t.itemRef)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(res.body.draft?.tasks[0].leadUnitIds).toContain('ubnd-huyen-a-luoi');
  });

  it('accepts JSON text and a base64 PDF with its file name', async () => {
    const asJson = await stack.call<ImportAnswer>('POST', '/v1/directives/import', {
      token: issuer,
      body: { text: SEED, fileName: 'seed.txt' },
    });
    expect(asJson.status).toBe(200);
    const pdf = fs.readFileSync(path.join(FIXTURES, 'cv-1520-UBND-KT.text-layer.pdf'));
    const asPdf = await stack.call<ImportAnswer>('POST', '/v1/directives/import', {
      token: issuer,
      body: { contentBase64: pdf.toString('base64'), fileName: 'cv-1520.pdf' },
    });
    expect(asPdf.status).toBe(200);
    expect(asPdf.body.document.number).toBe('1520');
  });

  it('answers a scanned PDF with 422 "no text layer" in Vietnamese and English, not a crash', async () => {
    const scan = fs.readFileSync(path.join(FIXTURES, 'pdf-corpus', 'scan-88-UBND-VX.image-only.pdf'));
    const res = await stack.call<ImportAnswer>('POST', '/v1/directives/import', {
      token: issuer,
      body: { contentBase64: scan.toString('base64'), fileName: 'scan.pdf' },
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('PDF không có lớp chữ');
    expect(res.body.message).toContain('no text layer');
  });

  it('says what is wrong: empty letter, bad body, wrong role, no token', async () => {
    const empty = await stack.call<ImportAnswer>('POST', '/v1/directives/import', {
      token: issuer,
      body: { text: '   ', fileName: 'x.txt' },
    });
    expect(empty.status).toBe(422);
    const bad = await stack.call<ImportAnswer>('POST', '/v1/directives/import', { token: issuer, body: { letter: SEED } });
    expect(bad.status).toBe(400);
    const assignee = await stack.token('assignee', 'so-noi-vu');
    expect((await stack.call('POST', '/v1/directives/import', { token: assignee, body: { text: SEED } })).status).toBe(403);
    expect((await stack.call('POST', '/v1/directives/import', { body: { text: SEED } })).status).toBe(401);
  });
});
