// Sign-in through an identity provider in a real Chromium: the web app's sign-in page shows
// "Đăng nhập qua <provider>" because the API says OIDC is configured; the person clicks it,
// signs in on the provider's own login form (panva's oidc-provider, started by the test as
// its own process) and lands in dondoc, signed in as the directory's unit head. Signing out
// goes through the provider's sign-out page; a provider without one leaves the person signed
// in there, and the sign-in page says so in Vietnamese.
import { freePort, startTestIdentityProvider, type TestIdentityProvider } from '@dondoc/testing';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { DondocStack } from '../support/dondoc-stack';
import { ServiceProcess } from '../support/service-process';
import { keepScreenshot, launchChromium, seriousViolations, until, VIEWPORTS } from './browser';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.join(ROOT, 'dist/apps/web');
const PROVIDER = 'SSO tỉnh Thừa Thiên Huế';

/** The web app's own server (static build, /v1 proxied to the API) on 127.0.0.1:`port`. */
async function startWebServer(port: number, apiUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/web/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'),
      WEB_PORT: String(port),
      WEB_DIST_DIR: DIST,
      DIRECTIVE_API_URL: apiUrl,
      AUDIT_API_URL: apiUrl,
    },
    stdio: 'ignore',
  });
  await until(() => fetch(`http://127.0.0.1:${port}`).then((r) => r.ok), 'the web server', 60_000);
  return child;
}

describe('sign-in through an identity provider in Chromium', () => {
  let idp: TestIdentityProvider;
  let stack: DondocStack;
  let web: ChildProcess | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'index.html'))) {
      execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    }
    const webPort = await freePort();
    baseUrl = `http://127.0.0.1:${webPort}`;
    // The provider sends the browser back to the web app's origin; its server proxies /v1 to the API.
    const callback = `${baseUrl}/v1/auth/oidc/callback`;
    idp = await startTestIdentityProvider({
      redirectUris: [callback],
      postLogoutRedirectUris: [`${baseUrl}/sign-in`],
      accounts: [{ login: 'khanh.vd', password: 'sso-pass-1', claims: { preferred_username: 'so-noi-vu.giamdoc', name: 'Võ Đức Khánh' } }],
    });
    stack = await DondocStack.start('e2e-web-oidc', ['directive-api'], {
      OIDC_ISSUER_URL: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_REDIRECT_URL: callback,
      OIDC_PROVIDER_NAME: PROVIDER,
    });
    web = await startWebServer(webPort, stack.baseUrl);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    web?.kill('SIGTERM');
    await stack?.stop();
    await idp?.stop();
  });

  it('clicks "Đăng nhập qua …", signs in at the provider and lands in dondoc as the directory says', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const page = await (await browser.newContext({ viewport: VIEWPORTS.office, locale: 'vi-VN' })).newPage();
    await page.goto(`${baseUrl}/sign-in`);
    const button = page.getByRole('link', { name: `Đăng nhập qua ${PROVIDER}` });
    await button.waitFor();
    await keepScreenshot(page, 'oidc-sign-in');
    expect(await seriousViolations(page)).toEqual([]);

    await button.click();
    await page.waitForURL(`${idp.issuer}/interaction/**`);
    await page.getByLabel('Tên đăng nhập').fill('khanh.vd');
    await page.getByLabel('Mật khẩu').fill('sso-pass-1');
    await page.getByRole('button', { name: 'Đăng nhập SSO' }).click();

    // Back through the API's callback into the web app: the unit head's to-do page, signed in.
    await page.waitForURL(`${baseUrl}/todo`);
    await page.getByRole('button', { name: /Đăng xuất/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await keepScreenshot(page, 'oidc-signed-in');
    expect(await page.textContent('body')).toContain('Võ Đức Khánh');

    // Sign-out ends the dondoc session and the provider's: its confirmation page, then back
    // to dondoc's sign-in page; a reload asks for sign-in again.
    await page.getByRole('button', { name: /Đăng xuất/ }).click();
    await page.waitForURL(`${idp.issuer}/session/end**`);
    await keepScreenshot(page, 'oidc-provider-sign-out');
    await page.getByRole('button', { name: 'Đăng xuất SSO' }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    await page.reload();
    await page.getByRole('link', { name: `Đăng nhập qua ${PROVIDER}` }).click();
    // Signed out at the provider too: its login form asks for the password again.
    await page.waitForURL(`${idp.issuer}/interaction/**`);
    await page.getByLabel('Mật khẩu').waitFor();
  });

  it('signs out of dondoc only, and says so on the sign-in page, with a provider that has no sign-out endpoint', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const [webPort, apiPort] = await Promise.all([freePort(), freePort()]);
    const site = `http://127.0.0.1:${webPort}`;
    const callback = `${site}/v1/auth/oidc/callback`;
    const plain = await startTestIdentityProvider({
      redirectUris: [callback],
      rpInitiatedLogout: false,
      accounts: [{ login: 'khanh.vd', password: 'sso-pass-1', claims: { preferred_username: 'so-noi-vu.giamdoc' } }],
    });
    const api = new ServiceProcess('directive-api', {
      ...stack.env,
      HTTP_PORT: String(apiPort),
      PUBLIC_BASE_URL: `http://127.0.0.1:${apiPort}`,
      OIDC_ISSUER_URL: plain.issuer,
      OIDC_REDIRECT_URL: callback,
      OIDC_PROVIDER_NAME: 'SSO cũ',
    });
    let site2: ChildProcess | undefined;
    try {
      api.start();
      await api.waitForLog(/Nest application successfully started/, 120_000);
      site2 = await startWebServer(webPort, `http://127.0.0.1:${apiPort}`);
      const page = await (await browser.newContext({ viewport: VIEWPORTS.office, locale: 'vi-VN' })).newPage();
      await page.goto(`${site}/sign-in`);
      await page.getByRole('link', { name: 'Đăng nhập qua SSO cũ' }).click();
      await page.waitForURL(`${plain.issuer}/interaction/**`);
      await page.getByLabel('Tên đăng nhập').fill('khanh.vd');
      await page.getByLabel('Mật khẩu').fill('sso-pass-1');
      await page.getByRole('button', { name: 'Đăng nhập SSO' }).click();
      await page.waitForURL(`${site}/todo`);
      await page.getByRole('button', { name: /Đăng xuất/ }).click();

      await page.waitForURL(`${site}/sign-in`);
      const notice = page.getByRole('status').filter({ hasText: 'Đã đăng xuất khỏi dondoc, nhưng bạn vẫn đang đăng nhập ở SSO cũ.' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain('Hãy đăng xuất tại trang của nhà cung cấp');
      await keepScreenshot(page, 'oidc-signed-out-locally');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      site2?.kill('SIGTERM');
      await api.stop();
      await plain.stop();
    }
  });
});
