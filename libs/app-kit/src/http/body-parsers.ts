import type { INestApplication } from '@nestjs/common';
import { json, text, urlencoded } from 'body-parser';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { unreadableBodyAnswer } from '../json-errors.filter';

type Parser = (req: IncomingMessage, res: ServerResponse, next: (e?: unknown) => void) => void;

/**
 * A body parser whose failures (malformed JSON, too large, wrong charset) answer at once in
 * the APIs' one error shape, `{ statusCode, error, message, problems }`: Express' parser
 * errors never reach Nest's filters.
 */
function answering(parser: Parser): Parser {
  return (req, res, next) =>
    parser(req, res, (e?: unknown) => {
      if (!e) return next();
      const answer = unreadableBodyAnswer(e as { status?: number });
      if (!answer) return next(e);
      const [status, body] = answer;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ statusCode: status, ...body }));
    });
}

export interface BodyLimits {
  /** Every JSON body (e.g. '1mb'). */
  json: string;
  /** Larger limits for a few routes (path prefix → limit), e.g. a letter uploaded as base64. */
  routes?: { path: string; json: string; text?: string }[];
}

/**
 * JSON (and text/plain where a route takes it) parsed with limits, before Nest's own
 * parsers: a body over its limit answers 413 without being read in full. Call before
 * `app.init()`/`listen()`; Nest then skips its default parsers (bodies already parsed).
 */
export function useBodyLimits(app: INestApplication, limits: BodyLimits): void {
  for (const route of limits.routes ?? []) {
    app.use(route.path, answering(json({ limit: route.json })));
    if (route.text) app.use(route.path, answering(text({ limit: route.text, type: 'text/plain' })));
  }
  app.use(answering(json({ limit: limits.json })));
  // Nest would add its own form parser (100 KB, errors in Express' shape); this one answers like the rest.
  app.use(answering(urlencoded({ limit: limits.json, extended: false })));
}
