import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createWebServer } from './static-proxy.server';

const listen = (server: http.Server) =>
  new Promise<string>((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

describe('web static server and proxy', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-web-'));
  const seen: { url: string; forwardedFor: string | undefined; cookie: string | undefined }[] = [];
  const api = http.createServer((req, res) => {
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
