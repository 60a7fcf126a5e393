// The worker's workflow bundle entry: every workflow type the task queue serves.
export { taskFollowUp } from './task-follow-up/task-follow-up.workflow';
