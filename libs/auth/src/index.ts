export * from './auth-env';
export * from './principal';
export * from './jwt.verifier';
export * from './token.issuer';
export * from './access-policy';
