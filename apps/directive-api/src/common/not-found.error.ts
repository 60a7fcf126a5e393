/** An id the caller named does not exist (404). */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The request is valid but the resource's state forbids it (409). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/**
 * The task exists but its follow-up is still starting (issued, workflow not yet running):
 * a 409 that passes by itself, so it says when to try again (`Retry-After`).
 */
export class TaskStartingError extends ConflictError {
  static readonly RETRY_AFTER_SECONDS = 3;

  constructor(taskId: string) {
    super(
      `Nhiệm vụ ${taskId} đang được khởi tạo quy trình theo dõi, vui lòng thử lại sau ${TaskStartingError.RETRY_AFTER_SECONDS} giây ` +
        `(the task's follow-up is still starting; retry in ${TaskStartingError.RETRY_AFTER_SECONDS} s)`,
    );
    this.name = 'TaskStartingError';
  }
}
