/** The workflow type that follows one task, as the worker registers it. */
export const TASK_FOLLOW_UP_WORKFLOW = 'taskFollowUp';
/** One workflow per task: its id is the task's, so a task can never be followed twice. */
export const taskWorkflowId = (taskId: string) => `task:${taskId}`;
