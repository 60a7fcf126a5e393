import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { WebConfig } from './web.config';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The web app's server: the built files, index.html for every other page (client-side
 * routes), and /v1 proxied to the APIs on the same origin, so the refresh cookie stays
 * first-party and no CORS is needed. /v1/audit goes to the audit API, the rest of /v1 to
 * the directive API; the client's address travels in X-Forwarded-For for sign-in throttling.
 */
export function createWebServer(config: WebConfig): http.Server {
  const dist = path.resolve(config.WEB_DIST_DIR);
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://web.local');
    if (url.pathname.startsWith('/v1/'))
      return proxy(req, res, url.pathname.startsWith('/v1/audit/') ? config.AUDIT_API_URL : config.DIRECTIVE_API_URL);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8' }).end('Phương thức không được hỗ trợ (method not allowed)');
      return;
    }
    const file = path.resolve(dist, `.${decodeURIComponent(url.pathname)}`);
    const inside = file.startsWith(dist + path.sep);
    const target = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(dist, 'index.html');
    if (!fs.existsSync(target)) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Ứng dụng web chưa được build: chạy npx nx run web:build (the web app is not built)');
      return;
    }
    const hashed = target.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(target).pipe(res);
  });
}

function proxy(req: http.IncomingMessage, res: http.ServerResponse, base: string): void {
  const upstream = new URL(req.url ?? '/', base);
  const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
  const out = http.request(
    upstream,
    { method: req.method, headers: { ...req.headers, host: upstream.host, 'x-forwarded-for': forwarded } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  out.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ statusCode: 502, error: 'Bad Gateway', message: `Không kết nối được máy chủ ${base} (API unreachable)` }));
  });
  req.pipe(out);
}
