/** The workflow refused the command (its validator said why, in Vietnamese and English). */
export class TaskCommandRejectedError extends Error {
  constructor(message: string) {
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
