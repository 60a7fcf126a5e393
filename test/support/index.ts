export * from './local-servers';
export * from './dev-server-process';
export * from './oidc-provider/test-identity-provider';
