import { loadConfig, nonEmpty, port } from '@dondoc/config';
import * as path from 'node:path';
import { z } from 'zod';

const workspaceRoot = path.resolve(__dirname, '../../..');

export const webEnv = z.object({
  WEB_HOST: nonEmpty('127.0.0.1'),
  WEB_PORT: port(8080),
  /** The built single-page app (`npx nx run web:build`). */
  WEB_DIST_DIR: z.string().default(path.join(workspaceRoot, 'dist/apps/web')),
  DIRECTIVE_API_URL: z.url({ message: 'expected an absolute URL' }).default('http://127.0.0.1:3000'),
  AUDIT_API_URL: z.url({ message: 'expected an absolute URL' }).default('http://127.0.0.1:3001'),
});
export type WebConfig = z.infer<typeof webEnv>;

export const loadWebConfig = (env: Record<string, string | undefined> = process.env): WebConfig => loadConfig(webEnv, env);
