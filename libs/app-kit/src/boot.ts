import { ConfigError } from '@dondoc/config';

/**
 * Runs an app's bootstrap; a bad configuration or an unreachable server stops the process
 * with one clear message (and exit code 1) instead of a stack trace or a hang.
 */
export function boot(name: string, start: () => Promise<unknown>): void {
  start().catch((error: unknown) => {
    const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`[${name}] cannot start: ${message}`);
    process.exit(1);
  });
}
