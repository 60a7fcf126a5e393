import type { UserRole } from '@dondoc/domain';
import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InvalidTokenError, JWT_VERIFIER, type JwtVerifier } from './jwt.verifier';
import type { Principal } from './principal';
import { IS_PUBLIC } from './public.decorator';
import { ROLES } from './roles.decorator';

/** Every route needs a valid bearer token (401) and, where declared, one of its roles (403). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(JWT_VERIFIER) private readonly verifier: JwtVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();
    const header = String(request.headers.authorization ?? '');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedException('Thiếu mã xác thực (missing bearer token)');
    try {
      request.principal = await this.verifier.verify(match[1]);
    } catch (e) {
      if (e instanceof InvalidTokenError) throw new UnauthorizedException(`Mã xác thực không hợp lệ (${e.message})`);
      throw e;
    }
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(request.principal.role)) {
      throw new ForbiddenException(`Vai trò ${request.principal.role} không được phép thực hiện thao tác này (role not allowed; needs ${roles.join(' | ')})`);
    }
    return true;
  }
}
