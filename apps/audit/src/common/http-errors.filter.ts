import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { InvalidFieldError, NotFoundError } from './audit-http.errors';
import type { HttpResponse } from './http.types';

/** One error shape: `{ statusCode, error, message, field? }` (as the directive API answers). */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('AuditHttpErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<HttpResponse>();
    const [status, body] = this.describe(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    response.status(status).json({ statusCode: status, ...body });
  }

  private describe(e: unknown): [number, Record<string, unknown>] {
    if (e instanceof InvalidFieldError) return [400, { error: 'Bad Request', message: `Dữ liệu không hợp lệ (${e.message})`, field: e.field }];
    if (e instanceof NotFoundError) return [404, { error: 'Not Found', message: e.message }];
    if (e instanceof HttpException) {
      const res = e.getResponse();
      const message = typeof res === 'string' ? res : ((res as { message?: unknown }).message ?? e.message);
      return [e.getStatus(), { error: e.name.replace(/Exception$/, ''), message }];
    }
    const status = (e as { status?: number }).status;
    if (status === 400 || status === 413) return [status, { error: 'Bad Request', message: `Nội dung yêu cầu không đọc được (${(e as Error).message})`, field: 'body' }];
    return [500, { error: 'Internal Server Error', message: 'Lỗi hệ thống (internal error)' }];
  }
}
