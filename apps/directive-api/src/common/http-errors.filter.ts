import { ContractViolation } from '@dondoc/contracts';
import { DirectiveNumberTakenError } from '@dondoc/persistence';
import { TaskCommandRejectedError, TaskNotFoundError } from '@dondoc/task-client';
import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { HttpResponse } from './http.types';
import { ConflictError, NotFoundError } from './not-found.error';

/**
 * One error shape for the whole API: `{ statusCode, error, message, problems? }`.
 * Domain errors map to their codes here, so services throw what they mean.
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<HttpResponse>();
    const [status, body] = this.describe(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    response.status(status).json({ statusCode: status, ...body });
  }

  private describe(e: unknown): [number, Record<string, unknown>] {
    if (e instanceof ContractViolation) {
      return [400, { error: 'Bad Request', message: `Dữ liệu không hợp lệ (${e.what} is invalid)`, problems: e.problems }];
    }
    if (e instanceof NotFoundError || e instanceof TaskNotFoundError) return [404, { error: 'Not Found', message: e.message }];
    if (e instanceof TaskCommandRejectedError || e instanceof ConflictError || e instanceof DirectiveNumberTakenError) {
      return [409, { error: 'Conflict', message: e.message }];
    }
    if (e instanceof HttpException) {
      const res = e.getResponse();
      const message = typeof res === 'string' ? res : ((res as { message?: unknown }).message ?? e.message);
      // Express' JSON parser errors arrive as 400 HttpExceptions already.
      return [e.getStatus(), { error: e.name.replace(/Exception$/, ''), message }];
    }
    const status = (e as { status?: number; statusCode?: number }).status ?? (e as { statusCode?: number }).statusCode;
    if (status === 400 || status === 413) return [status, { error: 'Bad Request', message: `Nội dung yêu cầu không đọc được (${(e as Error).message})` }];
    return [500, { error: 'Internal Server Error', message: 'Lỗi hệ thống (internal error)' }];
  }
}
