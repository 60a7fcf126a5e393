// The whole stack a browser journey needs: every dondoc process (DondocStack), the audit
// API as its own process, and the web app's own static server and proxy in front of both,
// as `npm run up` starts them. Builds dist/apps/web first when it is missing.
import { freePort } from '@dondoc/testing';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DondocStack, type AppName } from '../support/dondoc-stack';
import { until } from './browser';

const ROOT = path.resolve(__dirname, '../../..');
export const WEB_DIST = path.join(ROOT, 'dist/apps/web');

export interface WebStack {
  readonly stack: DondocStack;
  /** The web app (its server proxies /v1 and /v1/audit). */
  readonly baseUrl: string;
  /** The audit API itself, for set-up calls a journey makes outside the browser. */
  readonly auditUrl: string;
  stop(): Promise<void>;
}

/** Builds dist/apps/web (the production build the web server serves). */
export function buildWebApp(): void {
  execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * No build yet, or a web source newer than it: a targeted run of a journey after a merge
 * otherwise drives yesterday's pages (`npm test` always builds first).
 */
function webBuildIsStale(): boolean {
  const built = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  const newest = (dir: string): number =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs))
      .reduce((a, b) => Math.max(a, b), 0);
  const web = path.join(ROOT, 'apps/web');
  return Math.max(newest(path.join(web, 'src')), fs.statSync(path.join(web, 'index.html')).mtimeMs) > builtAt;
}

export async function startWebStack(
  label: string,
  options: {
    password: string;
    auditEnv?: Record<string, string>;
    /** The dondoc processes to start (default: all of them); the audit API and the web server always start. */
    apps?: AppName[];
    /** More environment for the dondoc processes. */
    env?: Record<string, string>;
  },
): Promise<WebStack> {
  if (webBuildIsStale()) buildWebApp();
  const children: ChildProcess[] = [];
  const stack = await DondocStack.start(label, options.apps, { ...options.env, AUTH_DEMO_PASSWORD: options.password });
  const stop = async () => {
    for (const child of children) child.kill('SIGTERM');
    await stack.stop();
  };
  try {
    const node = (script: string, env: Record<string, string | undefined>) => {
      const child = spawn(process.execPath, ['-r', '@swc-node/register', script], {
        cwd: ROOT,
        env: { ...process.env, SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'), ...env },
        stdio: 'ignore',
      });
      children.push(child);
    };
    const auditPort = await freePort();
    node('apps/audit/src/main.ts', {
      ...stack.env,
      HTTP_PORT: String(auditPort),
      AUDIT_GROUP_ID: `${stack.env.KAFKA_TOPIC_PREFIX}-audit`,
      ARCHIVE_SWEEP_MS: '0',
      ...options.auditEnv,
    });
    const auditUrl = `http://127.0.0.1:${auditPort}`;
    await until(() => fetch(`${auditUrl}/docs-json`).then((r) => r.ok), 'the audit API', 120_000);
    const port = await freePort();
    node('apps/web/server/main.ts', {
      WEB_PORT: String(port),
      WEB_DIST_DIR: WEB_DIST,
      DIRECTIVE_API_URL: stack.baseUrl,
      AUDIT_API_URL: auditUrl,
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await until(() => fetch(baseUrl).then((r) => r.ok), 'the web server', 60_000);
    return { stack, baseUrl, auditUrl, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
