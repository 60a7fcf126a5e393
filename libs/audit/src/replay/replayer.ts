import type { HistoryAndWorkflowId } from '@temporalio/client';
import { Worker, type ReplayResult, type WorkflowBundle } from '@temporalio/worker';

interface Waiting {
  item: HistoryAndWorkflowId;
  resolve: (result: ReplayResult) => void;
  reject: (error: unknown) => void;
}

/**
 * One SDK replay worker kept between calls. `Worker.runReplayHistories` starts a replay
 * worker (a native worker and a fresh workflow sandbox) for each iterable it is given;
 * fed one long-lived iterable instead, that start-up is paid once per replayer, not once
 * per audit request (the REPLAY benchmark's passes paid it every time). The SDK replays
 * one history at a time and answers in order, so each history's result goes to the call
 * that gave it. Closed after `idleMs` without work (its memory is a workflow sandbox), and
 * started again by the next call.
 */
export class Replayer {
  private readonly queue: Waiting[] = [];
  /** The one history the SDK is replaying, answered by its next result. */
  private readonly inFlight: Waiting[] = [];
  private wake?: () => void;
  private closing = false;
  private running?: Promise<void>;
  private idleTimer?: NodeJS.Timeout;

  constructor(
    private readonly bundle: WorkflowBundle,
    private readonly replayName: string,
    private readonly idleMs = 10_000,
  ) {}

  /** Whether this replayer can take more work (it stops for good once closed or failed). */
  get open(): boolean {
    return !this.closing;
  }

  replay(item: HistoryAndWorkflowId): Promise<ReplayResult> {
    if (this.closing) return Promise.reject(new Error('replayer closed'));
    clearTimeout(this.idleTimer);
    this.running ??= this.run();
    return new Promise<ReplayResult>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.wake?.();
    });
  }

  /** Ends the replay worker once what it was given is done. */
  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.idleTimer);
    this.wake?.();
    await this.running;
  }

  private async run(): Promise<void> {
    try {
      for await (const result of Worker.runReplayHistories({ workflowBundle: this.bundle, replayName: this.replayName }, this.feed())) {
        this.inFlight.shift()?.resolve(result);
        if (this.queue.length === 0) this.armIdleTimer();
      }
    } catch (e) {
      for (const w of this.inFlight.splice(0).concat(this.queue.splice(0))) w.reject(e);
    } finally {
      this.closing = true;
      const left = this.inFlight.splice(0).concat(this.queue.splice(0));
      for (const w of left) w.reject(new Error('replayer stopped'));
    }
  }

  /** The histories of every call, in order; ends when the replayer closes. */
  private async *feed(): AsyncGenerator<HistoryAndWorkflowId> {
    for (;;) {
      while (this.queue.length === 0) {
        if (this.closing) return;
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
      }
      const next = this.queue.shift() as Waiting;
      this.inFlight.push(next);
      yield next.item;
    }
  }

  private armIdleTimer(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.queue.length === 0 && this.inFlight.length === 0) void this.close();
    }, this.idleMs);
    this.idleTimer.unref();
  }
}
