export const OIDC_CONFIG = Symbol('OidcConfig');
