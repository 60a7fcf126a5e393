import type { Page } from 'playwright-core';
import { keepScreenshot, seriousViolations } from './browser';

/** Checks accessibility (no serious or critical axe-core violation) and keeps a screenshot of the page as it is now. */
export async function visited(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await keepScreenshot(page, name);
  expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
}

/** Signs in through the sign-in page; fails with the page's own alert when refused. */
export async function signIn(page: Page, baseUrl: string, userId: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Tên đăng nhập').waitFor();
  await page.getByLabel('Tên đăng nhập').fill(userId);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('button:has-text("Đăng xuất"), [role="alert"]').first().waitFor();
  const alert = page.getByRole('alert');
  if (await alert.count()) throw new Error(`sign-in of ${userId} refused: ${await alert.first().textContent()}`);
}

/**
 * Picks a month on a period picker (month, quarter or year, then a calendar) named `label`:
 * the month's kind, then the month typed the Vietnamese way ('YYYY-MM' → 'MM/YYYY').
 */
export async function pickMonth(page: Page, label: string, month: string): Promise<void> {
  await page.getByLabel('Loại kỳ').getByText('Tháng', { exact: true }).click();
  const picker = page.getByLabel(label, { exact: true });
  await picker.click();
  await picker.fill(`${month.slice(5)}/${month.slice(0, 4)}`);
  await picker.press('Enter');
}
