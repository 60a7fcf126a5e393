/**
 * Why a sign-in through the identity provider did not open a session: the HTTP status and
 * what the person reads, in Vietnamese and in English. The callback shows it as a page
 * (the browser arrives there by a redirect, so a JSON body would be all the person sees).
 */
export class OidcRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 503,
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi} (${en})`);
  }
}

export const oidcRefusals = {
  notConfigured: () =>
    new OidcRefusal(404, 'Chưa cấu hình đăng nhập qua nhà cung cấp định danh', 'sign-in through an identity provider is not configured'),
  noTransaction: () =>
    new OidcRefusal(
      400,
      'Lượt đăng nhập này đã hết hạn hoặc không được bắt đầu từ trình duyệt này; hãy bắt đầu lại từ trang đăng nhập',
      'this sign-in expired or was not started in this browser; start again from the sign-in page',
    ),
  wrongState: () =>
    new OidcRefusal(
      400,
      'Tham số state không khớp với lượt đăng nhập đã bắt đầu; hãy bắt đầu lại từ trang đăng nhập',
      'the state parameter does not match the sign-in this browser started; start again',
    ),
  providerSaid: (error: string, description?: string) =>
    new OidcRefusal(
      400,
      `Nhà cung cấp định danh không cho đăng nhập: ${error}${description ? ` (${description})` : ''}`,
      `the identity provider refused the sign-in: ${error}${description ? `: ${description}` : ''}`,
    ),
  notVerified: (why: string) =>
    new OidcRefusal(
      401,
      `Không xác minh được danh tính do nhà cung cấp định danh gửi về: ${why}`,
      `the identity from the provider could not be verified: ${why}`,
    ),
  unreachable: (why: string) =>
    new OidcRefusal(
      503,
      `Không kết nối được nhà cung cấp định danh; vui lòng thử lại sau: ${why}`,
      `the identity provider cannot be reached; try again later: ${why}`,
    ),
  missingClaim: (claim: string) =>
    new OidcRefusal(
      403,
      `Nhà cung cấp định danh không gửi thông tin "${claim}" để nhận ra người dùng dondoc`,
      `the identity provider sent no "${claim}" claim to match a dondoc user`,
    ),
  unknownUser: (value: string) =>
    new OidcRefusal(
      403,
      `Tài khoản "${value}" đã đăng nhập ở nhà cung cấp định danh nhưng chưa có trong danh bạ người dùng dondoc; hãy liên hệ quản trị hệ thống`,
      `"${value}" signed in at the identity provider but is not a dondoc user; ask the administrator`,
    ),
  badRole: (claim: string, values: string) =>
    new OidcRefusal(
      403,
      `Thông tin vai trò "${claim}" từ nhà cung cấp định danh phải chứa đúng một vai trò của dondoc (nhận được: ${values})`,
      `the role claim "${claim}" must hold exactly one dondoc role (got: ${values})`,
    ),
  badUnit: (claim: string, value: string) =>
    new OidcRefusal(
      403,
      `Đơn vị "${value}" trong thông tin "${claim}" không có trong sơ đồ tổ chức hiện hành`,
      `the unit "${value}" of claim "${claim}" is not in the org chart in force`,
    ),
};
