import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { chooseEncoding } from './compressed-files';
import { createWebServer } from './static-proxy.server';

const listen = (server: http.Server) =>
  new Promise<string>((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

describe('web static server and proxy', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-web-'));
  const seen: { url: string; forwardedFor: string | undefined; cookie: string | undefined }[] = [];
  const bigJson = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ taskId: `t${i}`, text: 'Rà soát thủ tục hành chính' })));
  const api = http.createServer((req, res) => {
    if (req.url === '/v1/tasks?pageSize=200') return res.writeHead(200, { 'content-type': 'application/json' }).end(bigJson);
    seen.push({ url: String(req.url), forwardedFor: req.headers['x-forwarded-for'] as string | undefined, cookie: req.headers.cookie });
    res
      .writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'dondoc_refresh=x; Path=/v1/auth; HttpOnly' })
      .end('{"from":"api"}');
  });
  const auditApi = http.createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(`{"from":"audit","url":"${req.url}"}`),
  );
  let web: http.Server;
  let base = '';

  beforeAll(async () => {
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>dondoc</title>');
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dist, 'assets', 'big-1.js'), BIG_SCRIPT);
    fs.writeFileSync(path.join(dist, 'assets', 'logo-1.png'), Buffer.alloc(4096, 7));
    const [apiUrl, auditUrl] = await Promise.all([listen(api), listen(auditApi)]);
    web = createWebServer({ WEB_HOST: '127.0.0.1', WEB_PORT: 0, WEB_DIST_DIR: dist, DIRECTIVE_API_URL: apiUrl, AUDIT_API_URL: auditUrl });
    base = await listen(web);
  });
  afterAll(() => {
    for (const s of [web, api, auditApi]) s.close();
  });

  it('serves built files, index.html for client-side routes, and nothing outside the build', async () => {
    const asset = await fetch(`${base}/assets/app-1.js`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toBe('console.log(1)');
    const route = await fetch(`${base}/tasks/task%3A1`);
    expect(await route.text()).toContain('<title>dondoc</title>');
    expect(route.headers.get('cache-control')).toBe('no-cache');
    const escape = await fetch(`${base}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).toContain('<title>dondoc</title>');
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  it('sends a built script compressed when the browser accepts it (brotli first), with Vary, and as it is otherwise', async () => {
    const get = (encoding: string) => raw(`${base}/assets/big-1.js`, { 'accept-encoding': encoding });
    const br = await get('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(BIG_SCRIPT.length / 5);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(BIG_SCRIPT);
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(BIG_SCRIPT);
    // Kept in memory: the same bytes again.
    expect((await get('gzip')).body.equals(gz.body)).toBe(true);
    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(BIG_SCRIPT);
    // A PNG is compressed already; a tiny file is not worth it.
    const png = await raw(`${base}/assets/logo-1.png`, { 'accept-encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.length).toBe(4096);
    expect((await raw(`${base}/assets/app-1.js`, { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
    // A changed file is compressed again (index.html is not hashed).
    const html = path.join(dist, 'big.html');
    fs.writeFileSync(html, `<!doctype html>${'<p>một</p>'.repeat(300)}`);
    const first = await raw(`${base}/big.html`, { 'accept-encoding': 'gzip' });
    fs.writeFileSync(html, `<!doctype html>${'<p>hai</p>'.repeat(400)}`);
    fs.utimesSync(html, new Date(), new Date(Date.now() + 5000));
    const second = await raw(`${base}/big.html`, { 'accept-encoding': 'gzip' });
    expect(zlib.gunzipSync(first.body).toString()).toContain('một');
    expect(zlib.gunzipSync(second.body).toString()).toContain('hai');
  });

  it("compresses the APIs' JSON answers on their way through", async () => {
    const gz = await raw(`${base}/v1/tasks?pageSize=200`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-length']).toBeUndefined();
    expect(gz.headers.vary).toContain('Accept-Encoding');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(bigJson);
    const plain = await raw(`${base}/v1/tasks?pageSize=200`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(bigJson);
  });

  it('picks brotli, then gzip, from Accept-Encoding, never a refused coding', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, br;q=0')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });

  it('proxies /v1/audit to the audit API and the rest of /v1 to the directive API, cookies and client address included', async () => {
    const audit = await fetch(`${base}/v1/audit/directives/d1/verify`);
    expect(await audit.json()).toEqual({ from: 'audit', url: '/v1/audit/directives/d1/verify' });
    const signIn = await fetch(`${base}/v1/auth/refresh`, { method: 'POST', headers: { cookie: 'dondoc_refresh=abc' } });
    expect(await signIn.json()).toEqual({ from: 'api' });
    expect(signIn.headers.get('set-cookie')).toBe('dondoc_refresh=x; Path=/v1/auth; HttpOnly');
    expect(seen.at(-1)).toMatchObject({ url: '/v1/auth/refresh', cookie: 'dondoc_refresh=abc', forwardedFor: '127.0.0.1' });
  });

  it('answers 502 in Vietnamese and English when an API is down', async () => {
    const down = createWebServer({
      WEB_HOST: '127.0.0.1',
      WEB_PORT: 0,
      WEB_DIST_DIR: dist,
      DIRECTIVE_API_URL: 'http://127.0.0.1:9',
      AUDIT_API_URL: 'http://127.0.0.1:9',
    });
    const url = await listen(down);
    try {
      const res = await fetch(`${url}/v1/tasks`);
      expect(res.status).toBe(502);
      expect(((await res.json()) as { message: string }).message).toBe('Không kết nối được máy chủ http://127.0.0.1:9 (API unreachable)');
    } finally {
      down.close();
    }
  });
});

const BIG_SCRIPT = Array.from({ length: 2000 }, (_, i) => `export const value${i} = 'Việc cần làm ${i}';`).join('\n');

/** A GET without fetch's own decoding: the bytes and headers as sent. */
function raw(url: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}
