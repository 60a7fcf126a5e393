/** The workflow refused the command (its validator said why, in Vietnamese and English). */
export class TaskCommandRejectedError extends Error {
  constructor(
    message: string,
    /** The domain's rejection code (e.g. `wrong_status`, `unknown_extension`) when the workflow gave one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'TaskCommandRejectedError';
  }
}

/** No follow-up workflow exists for the task. */
export class TaskNotFoundError extends Error {
  constructor(readonly taskId: string) {
    super(`Không tìm thấy nhiệm vụ ${taskId} (task not found)`);
    this.name = 'TaskNotFoundError';
  }
}

/** The task's follow-up has closed (approved, cancelled, graded): no command can change it (409). */
export class TaskFollowUpEndedError extends Error {
  constructor(readonly taskId: string) {
    super(`Không thể thực hiện: việc theo dõi nhiệm vụ ${taskId} đã kết thúc (the task's follow-up has ended)`);
    this.name = 'TaskFollowUpEndedError';
  }
}
