import { accessOf, ROLE_LABELS } from '@dondoc/auth';
import type { UserRole } from '@dondoc/domain';
import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { InvalidTokenError, JWT_VERIFIER, type JwtVerifier } from '@dondoc/auth';
import type { Principal } from './principal';

/**
 * Every route needs a valid bearer token (401) and one of the roles its row of the access
 * policy (@dondoc/auth ACCESS_POLICY) allows (403). A route without a row is refused to
 * every role (and fails the access-matrix test, which names it).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(@Inject(JWT_VERIFIER) private readonly verifier: JwtVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<{ method: string; route?: { path?: string }; headers: Record<string, string | undefined>; principal?: Principal }>();
    const access = accessOf(request.method, request.route?.path ?? '');
    if (access === 'public') return true;
    const header = String(request.headers.authorization ?? '');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedException('Thiếu mã xác thực (missing bearer token)');
    try {
      request.principal = await this.verifier.verify(match[1]);
    } catch (e) {
      if (e instanceof InvalidTokenError) throw new UnauthorizedException(`Mã xác thực không hợp lệ (${e.message})`);
      throw e;
    }
    const roles: readonly UserRole[] = access ?? [];
    if (!roles.includes(request.principal.role)) {
      const role = request.principal.role;
      throw new ForbiddenException(
        `Vai trò ${ROLE_LABELS[role] ?? role} không được phép thực hiện thao tác này (role ${role} not allowed; needs ${roles.join(' | ') || 'a row in the access policy'})`,
      );
    }
    return true;
  }
}
