import { execFileSync } from 'node:child_process';
import * as os from 'node:os';

/** What the figures were measured on: they mean nothing without it. */
export function describeMachine() {
  const cpus = os.cpus();
  return {
    hostname: os.hostname(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    git: safe(() => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()),
  };
}

function safe(fn: () => string): string {
  try {
    return fn();
  } catch {
    return 'unknown';
  }
}
