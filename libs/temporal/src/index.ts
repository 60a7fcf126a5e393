export * from './temporal-connection';
export * from './workflow-bundle';
export * from './search-attributes.registration';
export * from './history-json';
export * from './workflow-thread-heap';
