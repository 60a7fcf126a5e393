import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { chooseEncoding, CompressedFiles, isCompressible } from './compressed-files';
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
  const compressed = new CompressedFiles();
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
    const stat = fs.statSync(target);
    const extension = path.extname(target);
    const compressible = isCompressible(extension, stat.size);
    const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : undefined;
    const headers: http.OutgoingHttpHeaders = {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      // The answer depends on Accept-Encoding: a shared cache must not give a gzipped body to a client that cannot read it.
      ...(compressible ? { vary: 'Accept-Encoding' } : {}),
    };
    if (!encoding) {
      res.writeHead(200, { ...headers, 'content-length': stat.size });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(target).pipe(res);
      return;
    }
    compressed.get(target, stat, encoding).then(
      (body) => {
        res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      // Never an error page for a file that exists: it goes uncompressed.
      () => {
        res.writeHead(200, { ...headers, 'content-length': stat.size });
        if (req.method === 'HEAD') return res.end();
        fs.createReadStream(target).pipe(res);
      },
    );
  });
}

function proxy(req: http.IncomingMessage, res: http.ServerResponse, base: string): void {
  const upstream = new URL(req.url ?? '/', base);
  const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
  const out = http.request(
    upstream,
    { method: req.method, headers: { ...req.headers, host: upstream.host, 'x-forwarded-for': forwarded } },
    (answer) => {
      const encoding = req.method === 'HEAD' ? undefined : jsonEncoding(answer, req.headers['accept-encoding']);
      if (!encoding) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const { 'content-length': _length, ...headers } = answer.headers;
      const vary = [answer.headers.vary, 'Accept-Encoding'].filter(Boolean).join(', ');
      res.writeHead(answer.statusCode ?? 502, { ...headers, 'content-encoding': encoding, vary });
      answer.pipe(encoding === 'br' ? zlib.createBrotliCompress(FAST_BROTLI) : zlib.createGzip({ level: 6 })).pipe(res);
    },
  );
  out.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ statusCode: 502, error: 'Bad Gateway', message: `Không kết nối được máy chủ ${base} (API unreachable)` }));
  });
  req.pipe(out);
}

/** A fast brotli for answers made at each request (quality 4: about gzip's speed, smaller). */
const FAST_BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };

/**
 * How to compress an API answer on its way to the browser: JSON lists (hundreds of rows) shrink
 * tenfold. Not an answer the API encoded itself, an empty one, a small one, or anything else
 * (files, PDFs: already compressed or streamed as they are).
 */
function jsonEncoding(answer: http.IncomingMessage, acceptEncoding: string | string[] | undefined): 'br' | 'gzip' | undefined {
  const status = answer.statusCode ?? 0;
  if (answer.headers['content-encoding'] || status === 204 || status === 304) return undefined;
  if (!String(answer.headers['content-type'] ?? '').startsWith('application/json')) return undefined;
  const length = answer.headers['content-length'];
  if (length !== undefined && Number(length) < 1024) return undefined;
  return chooseEncoding(acceptEncoding);
}
