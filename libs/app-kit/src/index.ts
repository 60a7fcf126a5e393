export * from './boot';
export * from './app-config.token';
export * from './service-env';
export * from './json-errors.filter';
export * from './http.types';
export * from './http';
