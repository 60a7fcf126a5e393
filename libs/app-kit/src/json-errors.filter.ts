import { HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';

/** An error as both APIs answer it: `{ statusCode, error, message, …details }`. */
export type ErrorAnswer = [status: number, body: { error: string; message: unknown } & Record<string, unknown>];

interface JsonResponse {
  status(code: number): JsonResponse;
  json(body: unknown): void;
}

/**
 * The shared part of the APIs' error filters: one JSON shape, Nest's own HttpExceptions,
 * unreadable bodies (Express' parser errors) as 400/413, anything else a logged 500 with
 * no internals in the answer. Each app maps its domain errors in `answer`.
 */
export abstract class JsonErrorsFilter implements ExceptionFilter {
  protected abstract readonly logger: Logger;

  /** The app's own mapping of an error, or undefined to fall back to the shared rules. */
  protected abstract answer(error: unknown): ErrorAnswer | undefined;

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<JsonResponse>();
    const [status, body] = this.answer(exception) ?? this.fallback(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    response.status(status).json({ statusCode: status, ...body });
  }

  private fallback(e: unknown): ErrorAnswer {
    if (e instanceof HttpException) {
      const res = e.getResponse();
      const message = typeof res === 'string' ? res : ((res as { message?: unknown }).message ?? e.message);
      return [e.getStatus(), { error: e.name.replace(/Exception$/, ''), message }];
    }
    const status = (e as { status?: number }).status ?? (e as { statusCode?: number }).statusCode;
    if (status === 400 || status === 413) {
      return [status, { error: 'Bad Request', message: `Nội dung yêu cầu không đọc được (${(e as Error).message})`, field: 'body' }];
    }
    return [500, { error: 'Internal Server Error', message: 'Lỗi hệ thống (internal error)' }];
  }
}
