export * from './local-servers';
export * from './dev-server-process';
