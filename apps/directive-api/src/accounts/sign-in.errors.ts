import { ForbiddenException, HttpException, HttpStatus, UnauthorizedException } from '@nestjs/common';

// Every answer of sign-in a person may read, in Vietnamese with English beside it. Wrong user
// id and wrong password answer alike, so the route does not tell who has an account.

const vnTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));

export const wrongCredentials = (attemptsLeft?: number) =>
  new UnauthorizedException(
    `Sai tên đăng nhập hoặc mật khẩu${attemptsLeft !== undefined ? `; còn ${attemptsLeft} lần thử trước khi tài khoản bị tạm khoá` : ''} ` +
      `(wrong user id or password${attemptsLeft !== undefined ? `; ${attemptsLeft} attempt(s) left before the account is locked` : ''})`,
  );

export const accountLocked = (until: string) =>
  new HttpException(
    `Tài khoản tạm khoá do nhập sai mật khẩu nhiều lần, đến ${vnTime(until)} (account locked after repeated wrong passwords, until ${until})`,
    HttpStatus.LOCKED,
  );

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new HttpException(
    `Quá nhiều lần đăng nhập sai từ máy này; vui lòng thử lại sau ${retryAfterSeconds} giây (too many failed sign-ins from this address; retry in ${retryAfterSeconds} s)`,
    HttpStatus.TOO_MANY_REQUESTS,
  );

export const sessionEnded = (why: 'missing' | 'expired' | 'revoked' | 'reused') =>
  new UnauthorizedException(
    {
      missing: 'Chưa đăng nhập hoặc phiên đã kết thúc; vui lòng đăng nhập lại (no refresh session; sign in again)',
      expired: 'Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại (the session expired; sign in again)',
      revoked: 'Phiên đăng nhập đã bị đăng xuất; vui lòng đăng nhập lại (the session was signed out; sign in again)',
      reused:
        'Mã gia hạn đã được dùng trước đó nên phiên bị thu hồi để bảo vệ tài khoản; vui lòng đăng nhập lại (refresh token reused: the session is revoked; sign in again)',
    }[why],
  );

export const passwordSignInOff = () =>
  new ForbiddenException(
    'Đăng nhập bằng mật khẩu đã tắt vì hệ thống dùng nhà cung cấp định danh (OIDC); hãy đăng nhập qua đó (password sign-in is off: AUTH_JWT_ALG is RS256, sign in with the identity provider)',
  );
