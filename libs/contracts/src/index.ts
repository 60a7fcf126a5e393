export * from './topics';
export * from './envelope.schema';
export * from './task-definition.schema';
export * from './task-events.schema';
export * from './directive-events.schema';
export * from './directive-draft.schema';
export * from './event-parsing';
export * from './validation';
