import { loadOidcConfig, oidcEnabled, postLogoutRedirectUrl } from './oidc.config';

const ENABLED = {
  OIDC_ISSUER_URL: 'https://sso.hue.gov.vn/realms/hue',
  OIDC_CLIENT_ID: 'dondoc',
  OIDC_CLIENT_SECRET: 'bi-mat',
  OIDC_REDIRECT_URL: 'https://dondoc.hue.gov.vn/v1/auth/oidc/callback',
};

const enabled = (env: Record<string, string>) => {
  const config = loadOidcConfig(env);
  if (!oidcEnabled(config)) throw new Error('expected OIDC to be enabled');
  return config;
};

describe('where the provider sends the browser after its sign-out', () => {
  it("defaults to the web app's sign-in page on the origin of the callback", () => {
    expect(postLogoutRedirectUrl(enabled(ENABLED))).toBe('https://dondoc.hue.gov.vn/sign-in');
  });

  it('takes OIDC_POST_LOGOUT_REDIRECT_URL when it is set', () => {
    const config = enabled({ ...ENABLED, OIDC_POST_LOGOUT_REDIRECT_URL: 'https://dondoc.hue.gov.vn/dang-xuat' });
    expect(postLogoutRedirectUrl(config)).toBe('https://dondoc.hue.gov.vn/dang-xuat');
  });

  it('refuses at boot a plain-http address off loopback, in Vietnamese and English', () => {
    expect(() => loadOidcConfig({ ...ENABLED, OIDC_POST_LOGOUT_REDIRECT_URL: 'http://dondoc.hue.gov.vn/sign-in' })).toThrow(
      /OIDC_POST_LOGOUT_REDIRECT_URL: cần https, trừ địa chỉ 127.0.0.1\/localhost \(https required except on loopback\)/,
    );
    expect(() => loadOidcConfig({ OIDC_POST_LOGOUT_REDIRECT_URL: 'https://dondoc.hue.gov.vn/sign-in' })).toThrow(
      /OIDC_ISSUER_URL: cần khai báo khi đã đặt OIDC_POST_LOGOUT_REDIRECT_URL/,
    );
  });
});
