import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * One dondoc app as a real process (`node -r @swc-node/register apps/<app>/src/main.ts`),
 * as `npm run up` runs it: tests talk to it only over HTTP, Kafka, Temporal and MongoDB.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(
    readonly app: string,
    private readonly env: Record<string, string>,
  ) {}

  get log(): string {
    return this.output;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    this.output = '';
    // DONDOC_CPU_PROF_DIR=/some/dir: each app writes a V8 CPU profile there when it stops
    // (node refuses --cpu-prof in NODE_OPTIONS; the benchmarks' profiles came from this).
    const profile = process.env.DONDOC_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.DONDOC_CPU_PROF_DIR}`] : [];
    this.child = spawn(process.execPath, [...profile, '-r', '@swc-node/register', path.join('apps', this.app, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (d: Buffer) => {
      this.output = (this.output + d.toString()).slice(-200_000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
  }

  /** Waits until the process logged `pattern` (a readiness line), or fails with its output. */
  async waitForLog(pattern: RegExp, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (!this.running) throw new Error(`${this.app} exited before ${pattern}:\n${this.output.slice(-4000)}`);
      if (Date.now() > deadline) throw new Error(`${this.app} did not log ${pattern} in ${timeoutMs} ms:\n${this.output.slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** SIGTERM (graceful) or SIGKILL (a crash); resolves when the process is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
}
