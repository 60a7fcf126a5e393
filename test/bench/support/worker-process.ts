import { writeTaskWorkflowBundle } from '@dondoc/temporal';
import { fork, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

let bundleFile: Promise<string> | undefined;

export interface WorkerMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  facts: number;
}

/** A benchmark worker in a child process: bench-worker.main.ts, or another `main` that speaks the same IPC. */
export class WorkerProcess {
  private constructor(private readonly child: ChildProcess) {}

  static async start(env: Record<string, string>, main = 'bench-worker.main.ts'): Promise<WorkerProcess> {
    bundleFile ??= writeTaskWorkflowBundle(path.join(os.tmpdir(), `dondoc-bench-workflows-${process.pid}.js`));
    const child = fork(path.join(__dirname, main), [], {
      env: { ...process.env, BENCH_WORKFLOW_BUNDLE: await bundleFile, ...env },
      execArgv: ['-r', '@swc-node/register'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('message', (m: { type?: string }) => (m?.type === 'ready' ? resolve() : reject(new Error('unexpected message'))));
      child.once('exit', (code) => reject(new Error(`bench worker exited with ${code}`)));
    });
    return new WorkerProcess(child);
  }

  /** The child's pid (its CPU time is read from /proc). */
  get pid(): number | null {
    return this.child.pid ?? null;
  }

  memory(): Promise<WorkerMemory> {
    return new Promise((resolve) => {
      const onMessage = (m: { type?: string } & WorkerMemory) => {
        if (m?.type !== 'memory') return;
        this.child.off('message', onMessage);
        resolve(m);
      };
      this.child.on('message', onMessage);
      this.child.send({ type: 'memory' });
    });
  }

  /**
   * Asks the worker to shut down and kills it after a few seconds. A worker left with a
   * backlog (C, FANOUT-base and MEM start thousands of workflows more than it has run) spent
   * the whole 30 s it was given before on its shutdown, four times a run: two minutes of the
   * 15-minute budget measuring nothing. The kill loses nothing the benchmarks read: they have
   * read their figures, and the run's workflows are terminated at its end.
   */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.send({ type: 'stop' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  }
}
