import { deniedAccessEntry, type AuditTrailWriter } from '@dondoc/audit';
import { accessOf, InvalidTokenError, JWT_VERIFIER, type JwtVerifier, type Principal } from '@dondoc/auth';
import {
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { AUDIT_TRAIL } from '../audit.tokens';
import type { HttpRequest } from '@dondoc/app-kit';

/** The chain that records refused access to the audit API (it concerns no directive). */
export const SERVICE = 'audit-api';
export const ACCESS_CHAIN = `access:${SERVICE}`;
export const AUDITOR_ROLE = 'auditor';

/**
 * Every route: a valid bearer token (401) with the auditor role (403). Each refusal is
 * appended to the audit trail (who tried, with which role, on what), because failed
 * attempts are part of what an inspection asks for.
 */
@Injectable()
export class AuditorGuard implements CanActivate {
  private readonly logger = new Logger('AuditorGuard');

  constructor(
    @Inject(JWT_VERIFIER) private readonly verifier: JwtVerifier,
    @Inject(AUDIT_TRAIL) private readonly trail: AuditTrailWriter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const match = /^Bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''));
    if (!match) {
      await this.deny(request, undefined, 401, 'missing bearer token');
      throw new UnauthorizedException('Thiếu mã xác thực (missing bearer token)');
    }
    let principal: Principal;
    try {
      principal = await this.verifier.verify(match[1]);
    } catch (e) {
      if (!(e instanceof InvalidTokenError)) throw e;
      await this.deny(request, undefined, 401, e.message);
      throw new UnauthorizedException(`Mã xác thực không hợp lệ (${e.message})`);
    }
    // The route's row of the shared access policy; a route without one is for auditors.
    const access = accessOf(request.method, request.route?.path ?? '');
    const roles = access && access !== 'public' ? access : [AUDITOR_ROLE];
    if (!roles.includes(principal.role)) {
      await this.deny(request, principal, 403, `role ${principal.role} is not ${AUDITOR_ROLE}`);
      throw new ForbiddenException(`Chỉ kiểm toán viên được truy cập (role ${principal.role} not allowed; needs ${AUDITOR_ROLE})`);
    }
    request.principal = principal;
    return true;
  }

  private async deny(request: HttpRequest, principal: Principal | undefined, status: number, reason: string): Promise<void> {
    try {
      const requestId = request.headers['x-request-id'];
      await this.trail.append(
        deniedAccessEntry({
          service: SERVICE,
          principal,
          method: request.method,
          path: request.originalUrl ?? request.url,
          status,
          reason,
          requestId: typeof requestId === 'string' ? requestId : null,
        }),
      );
    } catch (e) {
      // The refusal stands even if it cannot be recorded; say so loudly.
      this.logger.error(`could not record a refused access: ${(e as Error).message}`);
    }
  }
}
