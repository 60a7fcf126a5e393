export * from './http-env';
export * from './body-parsers';
export * from './security';
export * from './rate-limit';
export * from './http-api.setup';
