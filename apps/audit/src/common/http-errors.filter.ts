import { JsonErrorsFilter, type ErrorAnswer } from '@dondoc/app-kit';
import { Catch, Logger } from '@nestjs/common';
import { InvalidFieldError, NotFoundError } from './audit-http.errors';

/** One error shape: `{ statusCode, error, message, field? }` (as the directive API answers). */
@Catch()
export class HttpErrorsFilter extends JsonErrorsFilter {
  protected readonly logger = new Logger('AuditHttpErrors');

  protected answer(e: unknown): ErrorAnswer | undefined {
    if (e instanceof InvalidFieldError)
      return [400, { error: 'Bad Request', message: `Dữ liệu không hợp lệ (${e.message})`, field: e.field }];
    if (e instanceof NotFoundError) return [404, { error: 'Not Found', message: e.message }];
    return undefined;
  }
}
