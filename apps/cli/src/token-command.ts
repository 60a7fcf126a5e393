import { authEnv, checkAuthConfig, signLocalToken } from '@dondoc/auth';
import { ConfigError, loadConfig } from '@dondoc/config';
import { USER_ROLES, type UserRole } from '@dondoc/domain';
import { parseArgs } from 'node:util';
import { z } from 'zod';

// `dondoc token --role <role> --unit <unit> [--user id] [--name …] [--expires 12h]`: a bearer
// token the local APIs accept (HS256 with AUTH_JWT_SECRET, or the local default secret).
// For curl and scripts; people sign in through the web app.

export interface TokenIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Cách dùng: dondoc token --role <${USER_ROLES.join('|')}> --unit <mã đơn vị> [--user <mã người dùng>] [--name <họ tên>] [--expires 12h]
  In ra mã xác thực (HS256) mà API cục bộ chấp nhận (usage: a local bearer token).
`;

const tokenEnv = z.object(authEnv).superRefine(checkAuthConfig);

export async function runTokenCommand(argv: string[], io: TokenIo, env: Record<string, string | undefined> = process.env): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        unit: { type: 'string' },
        user: { type: 'string' },
        name: { type: 'string' },
        expires: { type: 'string' },
      },
    }));
  } catch (e) {
    io.stderr(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const role = values.role as UserRole | undefined;
  if (!role || !USER_ROLES.includes(role) || !values.unit) {
    io.stderr(`Thiếu hoặc sai --role/--unit (--role and --unit are required).\n\n${USAGE}`);
    return 2;
  }
  let token: string;
  try {
    token = await signTokenFromEnv(env, {
      userId: values.user ?? `${values.unit}.${role}`,
      role,
      unitId: values.unit,
      name: values.name,
      expiresIn: values.expires,
    });
  } catch (e) {
    if (!(e instanceof TokenConfigError)) throw e;
    io.stderr(`${e.message}\n`);
    return 2;
  }
  io.stdout(`${token}\n`);
  return 0;
}

export class TokenConfigError extends Error {}

/**
 * A local token (HS256, the APIs' secret from the environment) for the given person; also
 * what `dondoc seed` signs with when it is given no token. Throws TokenConfigError, in both
 * languages, when the environment is wrong or tokens come from an identity provider.
 */
export async function signTokenFromEnv(
  env: Record<string, string | undefined>,
  claims: { userId: string; role: UserRole; unitId: string; name?: string; expiresIn?: string },
): Promise<string> {
  let config: z.infer<typeof tokenEnv>;
  try {
    config = loadConfig(tokenEnv, env);
  } catch (e) {
    if (e instanceof ConfigError) throw new TokenConfigError(e.message);
    throw e;
  }
  if (config.AUTH_JWT_ALG !== 'HS256') {
    throw new TokenConfigError(
      'AUTH_JWT_ALG=RS256: mã xác thực do nhà cung cấp định danh cấp, không tạo tại đây (tokens come from the identity provider).',
    );
  }
  return signLocalToken({ ...claims, secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE });
}
