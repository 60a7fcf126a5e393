import { HttpException, HttpStatus, Injectable, SetMetadata, type DynamicModule, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerModule, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { HttpHardeningConfig } from './http-env';

const SIGN_IN_LIMITED = 'dondoc:sign-in-rate-limited';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A sign-in route: few attempts per client address per minute (RATE_LIMIT_SIGN_IN_PER_MINUTE), on top of the write limit. */
export const SignInRateLimited = () => SetMetadata(SIGN_IN_LIMITED, true);

const isSignIn = (context: ExecutionContext) => Reflect.getMetadata(SIGN_IN_LIMITED, context.getHandler()) === true;
const isRead = (context: ExecutionContext) =>
  SAFE_METHODS.has(String(context.switchToHttp().getRequest<{ method?: string }>().method).toUpperCase());

/**
 * Two limits in one module: `writes` (every non-read request, per caller) and `sign-in`
 * (routes marked @SignInRateLimited(), per client address). A limit of 0 turns it off.
 * Counters live in the process (one API replica; a shared store is for several).
 */
export function rateLimitModule(
  config: Pick<HttpHardeningConfig, 'RATE_LIMIT_WRITES_PER_MINUTE' | 'RATE_LIMIT_SIGN_IN_PER_MINUTE'>,
): DynamicModule {
  const minute = 60_000;
  return ThrottlerModule.forRoot([
    {
      name: 'writes',
      ttl: minute,
      limit: Math.max(1, config.RATE_LIMIT_WRITES_PER_MINUTE),
      skipIf: (c) => config.RATE_LIMIT_WRITES_PER_MINUTE === 0 || isRead(c),
    },
    {
      name: 'sign-in',
      ttl: minute,
      limit: Math.max(1, config.RATE_LIMIT_SIGN_IN_PER_MINUTE),
      skipIf: (c) => config.RATE_LIMIT_SIGN_IN_PER_MINUTE === 0 || !isSignIn(c),
    },
  ]);
}

/**
 * The guard of both limits: a signed-in caller is counted by user id (many officials share
 * an office's address), anyone else by address. 429 answers in Vietnamese and English with
 * `Retry-After`. Register it after the authentication guard so the caller is known.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const principal = req.principal as { userId?: string } | undefined;
    return principal?.userId ? `user:${principal.userId}` : `ip:${String(req.ip ?? 'unknown')}`;
  }

  /** One counter per caller and limit across every route (the library's default counts per route). */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}|${tracker}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire || detail.timeToExpire));
    // The library names its header per limit (`Retry-After-sign-in`); clients read the standard one.
    context.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>().setHeader('Retry-After', String(seconds));
    throw new HttpException(
      {
        error: 'Too Many Requests',
        message: `Quá nhiều yêu cầu, vui lòng thử lại sau ${seconds} giây (too many requests: at most ${detail.limit} per minute; retry in ${seconds} s)`,
        retryAfterSeconds: seconds,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
