import { Controller, Get, HttpCode, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { clearedRefreshCookie, refreshCookie } from '../refresh-cookie';
import type { AccountsConfig } from '../accounts.config';
import { ACCOUNTS_CONFIG } from '../accounts.tokens';
import { WEB_SIGN_IN_PATH } from './oidc.config';
import { OidcRefusal } from './oidc-refusal';
import { refusalPage } from './oidc-refusal.page';
import { OidcSignInService, type OidcStatus } from './oidc-sign-in.service';
import { clearedTransactionCookie, readTransactionCookie, safeReturnTo, transactionCookie } from './oidc-transaction';

/** The parts of Express' request and response these routes use. */
interface Request {
  originalUrl: string;
  headers: Record<string, string | string[] | undefined>;
}
interface Response {
  status(code: number): Response;
  setHeader(name: string, value: string | string[]): void;
  redirect(status: number, url: string): void;
  type(type: string): Response;
  send(body: string): void;
}

@ApiTags('auth')
@Controller('v1/auth/oidc')
export class OidcController {
  constructor(
    private readonly service: OidcSignInService,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Đăng nhập qua nhà cung cấp định danh (OIDC) có được cấu hình không, tên hiển thị và địa chỉ bắt đầu (cho nút "Đăng nhập qua …")',
  })
  @ApiResponse({ status: 200, description: '{ enabled: false } hoặc { enabled: true, providerName, startUrl }' })
  status(): OidcStatus {
    return this.service.status();
  }

  @Get('start')
  @ApiOperation({
    summary:
      'Bắt đầu đăng nhập qua nhà cung cấp định danh: chuyển trình duyệt tới trang đăng nhập của nhà cung cấp (authorization code + PKCE, state, nonce)',
    description:
      'Giữ state, nonce và PKCE verifier trong cookie dondoc_oidc (mã hoá, HttpOnly, SameSite=Lax, Path=/v1/auth/oidc, 10 phút).',
  })
  @ApiQuery({ name: 'returnTo', required: false, description: 'Đường dẫn trong ứng dụng web để quay về sau khi đăng nhập (mặc định /)' })
  @ApiResponse({ status: 302, description: 'Location: trang đăng nhập của nhà cung cấp' })
  @ApiResponse({ status: 404, description: 'Chưa cấu hình OIDC' })
  @ApiResponse({ status: 503, description: 'Không kết nối được nhà cung cấp định danh' })
  async start(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    try {
      const { location, sealed } = await this.service.start(safeReturnTo(returnTo));
      res.setHeader('Set-Cookie', transactionCookie(sealed, this.config.AUTH_COOKIE_SECURE));
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, location);
    } catch (e) {
      this.refuse(e, res);
    }
  }

  @Get('callback')
  @HttpCode(303)
  @ApiOperation({
    summary:
      'Nhà cung cấp định danh gửi trình duyệt về đây: kiểm tra state, đổi mã lấy ID token đã xác minh, tìm người dùng trong danh bạ dondoc và mở phiên như đăng nhập bằng mật khẩu',
    description:
      'Thành công: 303 về ứng dụng web kèm cookie gia hạn dondoc_refresh (trang web lấy JWT bằng POST /v1/auth/refresh). Lỗi: trang HTML tiếng Việt và tiếng Anh với mã lỗi.',
  })
  @ApiQuery({ name: 'code', required: false })
  @ApiQuery({ name: 'state', required: false })
  @ApiResponse({ status: 303, description: 'Đã đăng nhập: Location là trang của ứng dụng web, Set-Cookie dondoc_refresh' })
  @ApiResponse({ status: 400, description: 'Không có lượt đăng nhập đã bắt đầu, state không khớp, hoặc nhà cung cấp trả lỗi' })
  @ApiResponse({ status: 401, description: 'Không xác minh được mã hoặc ID token (chữ ký, iss, aud, exp, nonce)' })
  @ApiResponse({ status: 403, description: 'Người dùng không có trong danh bạ dondoc, hoặc vai trò/đơn vị từ nhà cung cấp không hợp lệ' })
  @ApiResponse({ status: 503, description: 'Không kết nối được nhà cung cấp định danh' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const secure = this.config.AUTH_COOKIE_SECURE;
    try {
      const { grant, returnTo } = await this.service.finish(
        new URL(req.originalUrl, 'http://callback.local'),
        readTransactionCookie(String(req.headers.cookie ?? '')),
      );
      const maxAge = Math.max(0, Math.floor((Date.parse(grant.refreshExpiresAt) - Date.now()) / 1000));
      res.setHeader('Set-Cookie', [clearedTransactionCookie(secure), refreshCookie(grant.refreshToken, maxAge, this.config)]);
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, this.service.webUrl(returnTo));
    } catch (e) {
      res.setHeader('Set-Cookie', [clearedTransactionCookie(secure), clearedRefreshCookie(this.config)]);
      this.refuse(e, res);
    }
  }

  private refuse(e: unknown, res: Response): void {
    if (!(e instanceof OidcRefusal)) throw e;
    res.setHeader('Cache-Control', 'no-store');
    res
      .status(e.status)
      .type('html')
      .send(refusalPage(e, this.service.webUrl(WEB_SIGN_IN_PATH)));
  }
}
