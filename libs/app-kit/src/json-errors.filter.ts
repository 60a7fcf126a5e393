import { HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';

/**
 * An error as both APIs answer it: `{ statusCode, error, message, …details }`, and headers
 * to send with it (e.g. `Retry-After` on a 409 that will pass by itself).
 */
export type ErrorAnswer = [
  status: number,
  body: { error: string; message: unknown } & Record<string, unknown>,
  headers?: Record<string, string>,
];

interface JsonResponse {
  status(code: number): JsonResponse;
  json(body: unknown): void;
  setHeader(name: string, value: string): void;
}

/** What an unreadable body answers (Express' parser errors): the same shape as a validation 400. */
export function unreadableBodyAnswer(e: {
  status?: number;
  statusCode?: number;
  type?: string;
  message?: string;
  limit?: number;
}): ErrorAnswer | undefined {
  const status = e.status ?? e.statusCode;
  if (status === 413 || e.type === 'entity.too.large') {
    const limit = typeof e.limit === 'number' ? `${Math.round(e.limit / 1024)} KiB` : 'giới hạn';
    return [
      413,
      {
        error: 'Payload Too Large',
        message: `Nội dung yêu cầu quá lớn (request body too large)`,
        problems: [`(body): nội dung vượt quá ${limit} (body exceeds the ${limit} limit)`],
      },
    ];
  }
  if (status === 400 || status === 415) {
    const what = e.type === 'entity.parse.failed' ? 'JSON không hợp lệ' : 'nội dung không đọc được';
    return [
      status,
      {
        error: status === 415 ? 'Unsupported Media Type' : 'Bad Request',
        message: 'Dữ liệu không hợp lệ (request body is invalid)',
        problems: [`(body): ${what} (${e.message ?? 'unreadable body'})`],
      },
    ];
  }
  return undefined;
}

/**
 * The shared part of the APIs' error filters: one JSON shape, Nest's own HttpExceptions,
 * unreadable bodies (Express' parser errors) as 400/413 with `problems` like any other 400,
 * anything else a logged 500 with no internals in the answer. Each app maps its domain
 * errors in `answer`.
 */
export abstract class JsonErrorsFilter implements ExceptionFilter {
  protected abstract readonly logger: Logger;

  /** The app's own mapping of an error, or undefined to fall back to the shared rules. */
  protected abstract answer(error: unknown): ErrorAnswer | undefined;

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<JsonResponse>();
    const [status, body, headers] = this.answer(exception) ?? this.fallback(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    response.status(status).json({ statusCode: status, ...body });
  }

  private fallback(e: unknown): ErrorAnswer {
    if (e instanceof HttpException) {
      const res = e.getResponse();
      const message = typeof res === 'string' ? res : ((res as { message?: unknown }).message ?? e.message);
      const problems = typeof res === 'object' ? (res as { problems?: unknown }).problems : undefined;
      return [e.getStatus(), { error: e.name.replace(/Exception$/, ''), message, ...(problems ? { problems } : {}) }];
    }
    const unreadable = unreadableBodyAnswer(e as { status?: number });
    if (unreadable) return unreadable;
    return [500, { error: 'Internal Server Error', message: 'Lỗi hệ thống (internal error)' }];
  }
}
