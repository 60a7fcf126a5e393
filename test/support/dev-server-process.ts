import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import { temporalCliPath } from './local-servers';

/**
 * A private Temporal dev server for tests that must stop and restart a server (the shared
 * one on :7233 stays untouched). State lives in `dbFile`, so a restart keeps executions.
 */
export class DevServerProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(
    readonly port: number,
    readonly dbFile: string,
    readonly namespace = 'default',
  ) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    this.child = spawn(
      temporalCliPath(),
      [
        'server',
        'start-dev',
        '--ip',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--headless',
        '--db-filename',
        this.dbFile,
        '--namespace',
        this.namespace,
        '--log-level',
        'warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child.stdout?.on('data', (d) => (this.output += d));
    this.child.stderr?.on('data', (d) => (this.output += d));
    const deadline = Date.now() + timeoutMs;
    while (!(await portOpen(this.port))) {
      if (this.child.exitCode !== null) throw new Error(`dev server exited: ${this.output.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`dev server not up in ${timeoutMs} ms: ${this.output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** SIGKILL: the harshest restart, as after a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }
}

/** Whether something accepts TCP connections on this loopback port. */
export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** A free TCP port on loopback, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
