import { chromium, type Browser, type Page } from 'playwright-core';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Debian's Chromium (infra/local/run-tests.sh installs it); Playwright's own download cannot run here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../../artifacts/web');

export const VIEWPORTS = { office: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } } as const;

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: run bash infra/local/run-tests.sh (it installs Debian's chromium) or set CHROMIUM_PATH`,
    );
  // Root in a container has no user namespaces for Chromium's sandbox.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the page as it is now: the serious and critical violations (others are reported, not failed). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // A closing dialog or dropdown is still in the tree while it animates; judge the page at rest.
  await page
    .waitForFunction(
      'document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity)',
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  // Runs in the page (DOM globals there; this file is compiled for Node).
  const violations = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)',
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })) }));
}

/** A screenshot of the page as a test artefact (test/artifacts is git-ignored). */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Polls until `probe` holds (a page updates asynchronously), or fails naming what was awaited. */
export async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
