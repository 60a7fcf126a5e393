export * from './temporal-connection';
