// The verifier lives in @dondoc/auth (shared with the audit API); this path stays for the app's imports.
export { InvalidTokenError, JWT_VERIFIER, JwtVerifier } from '@dondoc/auth';
