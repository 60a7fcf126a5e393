export * from './task-command.errors';
export * from './task-workflow.client';
export * from './task-client.module';
