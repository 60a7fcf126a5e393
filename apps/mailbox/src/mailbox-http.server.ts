import * as http from 'node:http';
import type { MailStore } from './mail.store';

/** GET /messages[?to=&noticeKey=&limit=] lists received mail as JSON; GET /health answers ok. */
export function createMailboxHttp(store: MailStore): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://mailbox');
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return reply(405, { message: 'GET only' });
    if (url.pathname === '/health') return reply(200, { status: 'ok' });
    if (url.pathname !== '/messages') return reply(404, { message: 'try GET /messages' });
    const limit = Number(url.searchParams.get('limit') ?? '500');
    store
      .list({
        to: url.searchParams.get('to') ?? undefined,
        noticeKey: url.searchParams.get('noticeKey') ?? undefined,
        limit: Number.isFinite(limit) ? limit : 500,
      })
      .then((messages) => reply(200, { count: messages.length, messages }))
      .catch((e: Error) => reply(500, { message: e.message }));
  });
}
