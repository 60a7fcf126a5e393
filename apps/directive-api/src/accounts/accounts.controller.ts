import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Inject, NotFoundException, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { openApiSchema } from '../common/openapi-schema';
import { ZodPipe } from '../common/zod-body.pipe';
import { AccountService, type SessionGrant } from './account.service';
import type { AccountsConfig } from './accounts.config';
import { ACCOUNTS_CONFIG } from './accounts.tokens';
import { OidcSignInService } from './oidc/oidc-sign-in.service';
import { clearedRefreshCookie, readRefreshCookie, REFRESH_COOKIE, refreshCookie } from './refresh-cookie';

/** The parts of Express' request and response these routes use. */
interface Request {
  headers: Record<string, string | string[] | undefined>;
  socket: { remoteAddress?: string };
}
interface Response {
  setHeader(name: string, value: string): void;
  status(code: number): Response;
  json(body: unknown): void;
  end(): void;
}

const signInSchema = z
  .object({
    userId: z
      .string({ message: 'Nhập tên đăng nhập (user id required)' })
      .trim()
      .min(1, { message: 'Nhập tên đăng nhập (user id required)' })
      .max(200, { message: 'Tên đăng nhập quá dài (user id too long)' }),
    password: z
      .string({ message: 'Nhập mật khẩu (password required)' })
      .min(1, { message: 'Nhập mật khẩu (password required)' })
      .max(200, { message: 'Mật khẩu quá dài (password too long)' }),
  })
  .strict();

/**
 * The client's address for throttling. Behind our own static server (loopback) it is the
 * last X-Forwarded-For hop that server added; otherwise the socket's peer.
 */
function clientOf(req: Request): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const loopback = peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
  return loopback && forwarded.length ? forwarded[forwarded.length - 1] : peer;
}

@ApiTags('auth')
@Controller('v1/auth')
export class AccountsController {
  constructor(
    private readonly service: AccountService,
    private readonly oidc: OidcSignInService,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu: trả JWT ngắn hạn cho các API, mã gia hạn trong cookie httpOnly',
    description: `Sai ${'AUTH_LOCKOUT_FAILURES'} lần liên tiếp thì tài khoản bị khoá tạm (423); quá nhiều lần sai từ một địa chỉ thì 429 kèm Retry-After. Cookie ${REFRESH_COOKIE} (Path=/v1/auth, HttpOnly, SameSite=Strict).`,
  })
  @ApiBody({ schema: openApiSchema(signInSchema) })
  @ApiResponse({ status: 200, description: '{ accessToken, tokenType, expiresIn, user } và Set-Cookie mã gia hạn' })
  @ApiResponse({ status: 400, description: 'Thiếu tên đăng nhập hoặc mật khẩu' })
  @ApiResponse({ status: 401, description: 'Sai tên đăng nhập hoặc mật khẩu (kèm số lần thử còn lại)' })
  @ApiResponse({ status: 403, description: 'Đăng nhập bằng mật khẩu đã tắt (AUTH_JWT_ALG=RS256: dùng nhà cung cấp định danh)' })
  @ApiResponse({ status: 423, description: 'Tài khoản tạm khoá sau nhiều lần sai' })
  @ApiResponse({ status: 429, description: 'Quá nhiều lần sai từ địa chỉ này; header Retry-After' })
  async signIn(
    @Body(new ZodPipe(signInSchema)) body: z.infer<typeof signInSchema>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const client = clientOf(req);
    try {
      return this.answer(await this.service.signIn(body.userId, body.password, client), res);
    } catch (e) {
      if (e instanceof HttpException && e.getStatus() === HttpStatus.TOO_MANY_REQUESTS)
        res.setHeader('Retry-After', String(this.service.retryAfterSeconds(client)));
      throw e;
    }
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({
    summary:
      'Gia hạn phiên: đổi mã gia hạn (cookie) lấy JWT mới và mã gia hạn mới; mã cũ hết hiệu lực, dùng lại mã cũ thì thu hồi cả phiên',
  })
  @ApiResponse({ status: 200, description: '{ accessToken, tokenType, expiresIn, user } và Set-Cookie mã gia hạn mới' })
  @ApiResponse({ status: 401, description: 'Không có phiên, phiên hết hạn, đã đăng xuất hoặc mã đã dùng' })
  @ApiResponse({ status: 423, description: 'Tài khoản đang bị khoá' })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    try {
      return this.answer(await this.service.refresh(readRefreshCookie(String(req.headers.cookie ?? ''))), res);
    } catch (e) {
      res.setHeader('Set-Cookie', clearedRefreshCookie(this.config));
      throw e;
    }
  }

  @Post('sign-out')
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({
    summary:
      'Đăng xuất: thu hồi phiên (mọi mã gia hạn của lần đăng nhập này) và xoá cookie; JWT đã cấp hết hạn sau tối đa AUTH_ACCESS_TTL_SECONDS',
    description:
      'Phiên mở qua nhà cung cấp định danh (OIDC): trả 200 kèm providerSignOut. Có endSessionUrl thì ứng dụng web chuyển trình duyệt tới đó (end_session_endpoint của nhà cung cấp với id_token_hint và post_logout_redirect_uri về trang đăng nhập) để đăng xuất cả ở nhà cung cấp; endSessionUrl null (nhà cung cấp không có end_session_endpoint hoặc không kết nối được) thì chỉ đăng xuất khỏi dondoc và báo cho người dùng.',
  })
  @ApiResponse({ status: 204, description: 'Đã đăng xuất (phiên đăng nhập bằng mật khẩu; cũng trả 204 khi không có phiên)' })
  @ApiResponse({
    status: 200,
    description:
      'Đã đăng xuất khỏi dondoc; phiên đến từ nhà cung cấp định danh: { providerSignOut: { providerName, endSessionUrl } } hoặc { providerSignOut: { providerName, endSessionUrl: null, reason: "no-end-session-endpoint" | "provider-unreachable" } }',
  })
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { idToken } = await this.service.signOut(readRefreshCookie(String(req.headers.cookie ?? '')));
    res.setHeader('Set-Cookie', clearedRefreshCookie(this.config));
    res.setHeader('Cache-Control', 'no-store');
    const providerSignOut = idToken ? await this.oidc.providerSignOut(idToken) : undefined;
    if (providerSignOut) res.status(200).json({ providerSignOut });
    else res.status(204).end();
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Người đang đăng nhập: mã, họ tên, chức danh, vai trò, đơn vị' })
  @ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
  async me(@CurrentPrincipal() p: Principal) {
    const user = await this.service.profile(p.userId);
    if (!user && !p.name) throw new NotFoundException(`Không có người dùng ${p.userId} trong danh bạ (user not in the directory)`);
    return {
      userId: p.userId,
      role: p.role,
      unitId: p.unitId,
      name: user?.name ?? p.name,
      title: user?.title ?? null,
      email: user?.email ?? null,
    };
  }

  private answer(grant: SessionGrant, res: Response) {
    const maxAge = Math.max(0, Math.floor((Date.parse(grant.refreshExpiresAt) - Date.now()) / 1000));
    res.setHeader('Set-Cookie', refreshCookie(grant.refreshToken, maxAge, this.config));
    res.setHeader('Cache-Control', 'no-store');
    const { refreshToken: _kept, refreshExpiresAt, ...visible } = grant;
    return { ...visible, refreshExpiresAt };
  }
}
