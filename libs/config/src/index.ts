export * from './config-error';
export * from './env-fields';
export * from './connections.config';
export * from './load-config';
