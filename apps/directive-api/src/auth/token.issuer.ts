// The issuer lives in @dondoc/auth (one token format for both APIs); this path stays for the app's imports.
export { signLocalToken, type LocalTokenInput } from '@dondoc/auth';
