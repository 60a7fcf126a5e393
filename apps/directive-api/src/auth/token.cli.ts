// `npm run token -- --role unit-head --unit so-noi-vu [--user so-noi-vu.giamdoc] [--name ...] [--expires 12h]`
// Prints a bearer token the local API accepts (HS256 with AUTH_JWT_SECRET or the local default).
import { USER_ROLES, type UserRole } from '@dondoc/domain';
import { parseArgs } from 'node:util';
import { loadApiConfig } from '../api.config';
import { signLocalToken } from './token.issuer';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, unit: { type: 'string' }, user: { type: 'string' }, name: { type: 'string' }, expires: { type: 'string' } },
  });
  const role = values.role as UserRole | undefined;
  if (!role || !USER_ROLES.includes(role) || !values.unit) {
    console.error(`usage: npm run token -- --role <${USER_ROLES.join('|')}> --unit <unit id> [--user <user id>] [--name <name>] [--expires 12h]`);
    process.exit(2);
  }
  const config = loadApiConfig();
  const token = await signLocalToken({
    userId: values.user ?? `${values.unit}.${role}`,
    role,
    unitId: values.unit,
    name: values.name,
    secret: config.AUTH_JWT_SECRET,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    expiresIn: values.expires,
  });
  console.log(token);
}

void main();
