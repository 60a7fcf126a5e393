// The task follow-up's public face: what everything outside workflows/ needs to start,
// command, query and read a task's workflow (its name and id, its messages, its command
// table, its input and snapshot types, the activity interface the worker implements).
// Only the worker (it bundles the workflow) and the audit (it replays histories) reach
// workflows/ itself. Bundled into workflow code too, without the body schemas
// (workflow-safe.ts), so it holds to the same determinism rules (eslint.config.js).
export * from './workflow-safe';
export * from './commands/task-command-bodies.schema';
export { taskCommandBody } from './commands/task-command-body';
