export const ACCOUNTS_CONFIG = Symbol('AccountsConfig');
