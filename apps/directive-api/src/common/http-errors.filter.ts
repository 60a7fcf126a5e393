import { JsonErrorsFilter, type ErrorAnswer } from '@dondoc/app-kit';
import { ContractViolation } from '@dondoc/contracts';
import { DirectiveNumberTakenError, DirectiveTooLargeError } from '@dondoc/persistence';
import { TaskCommandRejectedError, TaskFollowUpEndedError, TaskNotFoundError } from '@dondoc/task-client';
import { Catch, Logger } from '@nestjs/common';
import { ConflictError, NotFoundError, TaskStartingError } from './not-found.error';

/** Rejections by the workflow that mean "no such thing" rather than "not now". */
const NOT_FOUND_REJECTIONS = new Set(['unknown_extension']);

/**
 * One error shape for the whole API: `{ statusCode, error, message, problems? }`.
 * Domain errors map to their codes here, so services throw what they mean.
 */
@Catch()
export class HttpErrorsFilter extends JsonErrorsFilter {
  protected readonly logger = new Logger('HttpErrors');

  protected answer(e: unknown): ErrorAnswer | undefined {
    if (e instanceof ContractViolation) {
      return [400, { error: 'Bad Request', message: `Dữ liệu không hợp lệ (${e.what} is invalid)`, problems: e.problems }];
    }
    if (e instanceof NotFoundError || e instanceof TaskNotFoundError) return [404, { error: 'Not Found', message: e.message }];
    if (e instanceof TaskCommandRejectedError && e.code && NOT_FOUND_REJECTIONS.has(e.code))
      return [404, { error: 'Not Found', message: e.message }];
    if (e instanceof TaskStartingError) {
      return [
        409,
        { error: 'Conflict', message: e.message, retryAfterSeconds: TaskStartingError.RETRY_AFTER_SECONDS },
        { 'Retry-After': String(TaskStartingError.RETRY_AFTER_SECONDS) },
      ];
    }
    if (
      e instanceof TaskCommandRejectedError ||
      e instanceof TaskFollowUpEndedError ||
      e instanceof ConflictError ||
      e instanceof DirectiveNumberTakenError
    ) {
      return [409, { error: 'Conflict', message: e.message }];
    }
    if (e instanceof DirectiveTooLargeError) {
      return [413, { error: 'Payload Too Large', message: e.message, taskCount: e.taskCount, maxTasks: e.maxTasks }];
    }
    return undefined;
  }
}
