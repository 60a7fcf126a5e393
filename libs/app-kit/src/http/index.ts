export * from './http-env';
export * from './body-parsers';
export * from './security';
export * from './rate-limit';
