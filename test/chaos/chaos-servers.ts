import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@dondoc/testing';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

export type ServerName = 'secantusdb' | 'kafka' | 'temporal';

/**
 * The chaos run's OWN store, broker and Temporal server: infra/local/servers.sh with other
 * ports and a state directory of their own, so killing them never touches the shared
 * servers on 27017/9092/7233.
 */
export class ChaosServers {
  private constructor(
    readonly home: string,
    readonly env: Record<string, string>,
  ) {}

  static async start(home: string): Promise<ChaosServers> {
    fs.mkdirSync(home, { recursive: true });
    const [store, kafka, controller, temporal, ui] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
    const env = {
      DONDOC_HOME: home,
      STORE_PORT: String(store),
      KAFKA_PORT: String(kafka),
      KAFKA_CONTROLLER_PORT: String(controller),
      TEMPORAL_PORT: String(temporal),
      TEMPORAL_UI_PORT: String(ui),
      KAFKA_HEAP: '-Xms128m -Xmx384m',
    };
    const servers = new ChaosServers(home, env);
    await servers.script('start', 'secantusdb', 'kafka', 'temporal');
    return servers;
  }

  get mongoBase(): string {
    return `mongodb://127.0.0.1:${this.env.STORE_PORT}`;
  }
  get kafkaBrokers(): string {
    return `127.0.0.1:${this.env.KAFKA_PORT}`;
  }
  get temporalAddress(): string {
    return `127.0.0.1:${this.env.TEMPORAL_PORT}`;
  }

  /** kill -9 of the server's whole process group (it was started with setsid). */
  kill(name: ServerName): void {
    const pid = Number(fs.readFileSync(path.join(this.home, 'run', `${name}.pid`), 'utf8'));
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      process.kill(pid, 'SIGKILL');
    }
  }

  /** Starts it again on its state directory and waits until it is healthy. */
  async restart(name: ServerName): Promise<void> {
    // The old process group may take a moment to release its ports.
    for (let i = 0; i < 50; i++) {
      try {
        await this.script('start', name);
        return;
      } catch (e) {
        if (i === 49) throw e;
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  }

  async stop(): Promise<void> {
    await this.script('stop', 'secantusdb', 'kafka', 'temporal').catch(() => undefined);
  }

  private async script(...args: string[]): Promise<void> {
    await run('bash', [path.join(ROOT, 'infra/local/servers.sh'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      maxBuffer: 10_000_000,
    });
  }
}
