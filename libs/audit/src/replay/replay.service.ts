import { historyFromPlainJson } from '@dondoc/temporal';
import type { WorkflowBundle } from '@temporalio/worker';
import { sha256Hex } from '../canonical/sha256';
import type { ArchivedRunMeta, ArchiveScope } from '../archive/archived-run.types';
import type { MongoHistoryArchive } from '../archive/mongo-history-archive';
import { parseDivergence } from './divergence';
import { Replayer } from './replayer';
import type { ReplayProgress, ReplayReport, ReplayRunResult } from './replay.types';
import { chainsOf } from './run-chain';

export interface ReplayOptions {
  onProgress?: (progress: ReplayProgress) => void;
  /**
   * Replayers side by side (default 1). Each replayer pays a start-up (a fresh workflow
   * sandbox); on a 2-core machine two lanes were slower than one, so more lanes only pay
   * off with many runs and spare cores.
   */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 1;

/**
 * Histories loaded ahead of the replayer: without it the replayer idled during each
 * body's round trip to the store (the bench's REPLAY fell to ×0.75 of the bare SDK).
 */
const PREFETCH = 8;

/**
 * Replays archived histories against the current workflow code (a prebuilt bundle, the
 * one the worker runs) with Worker.runReplayHistories (one lane by default; see
 * `concurrency`). A task's runs are reported together, so the report can say whether its
 * whole chain holds. Each lane's replay worker outlives the call (see Replayer): calls
 * close together pay its start-up once. `close()` ends them.
 */
export class ReplayService {
  private readonly replayers: Replayer[] = [];
  /** The code the kept replay workers run: a bundle of the same code keeps them. */
  private replayerCode?: string;

  constructor(
    private readonly archive: MongoHistoryArchive,
    private readonly bundle: () => Promise<WorkflowBundle>,
  ) {}

  /** Ends the replay workers kept between calls (a process about to exit). */
  async close(): Promise<void> {
    await Promise.all(this.replayers.splice(0).map((r) => r.close()));
  }

  async replay(scope: ArchiveScope, options: ReplayOptions = {}): Promise<ReplayReport> {
    const started = Date.now();
    const metas = await this.runsInScope(scope);
    const results = new Map<string, ReplayRunResult>();
    let events = 0;
    const record = (result: ReplayRunResult) => {
      results.set(result.runId, result);
      if (result.intact) events += result.eventCount;
      options.onProgress?.({ done: results.size, total: metas.length, events, runId: result.runId });
    };
    if (metas.length > 0) {
      const bundle = await this.bundle();
      // Runs are independent, so lanes may replay side by side.
      const lanes = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, metas.length));
      const slices = Array.from({ length: lanes }, (_, lane) => metas.filter((_, i) => i % lanes === lane));
      await Promise.all(slices.map((slice, lane) => this.replayLane(slice, this.replayerOf(lane, bundle), record)));
    }

    const runs = metas.map(
      (m) => results.get(m.runId) ?? { ...base(m), intact: true, deterministic: false, error: 'Không phát lại được (not replayed)' },
    );
    const chains = chainsOf(metas, runs);
    const durationMs = Date.now() - started;
    const failed = runs.filter((r) => !r.intact || !r.deterministic).length;
    return {
      scope,
      ok: failed === 0 && chains.every((c) => c.ok),
      runs,
      chains,
      total: runs.length,
      failed,
      events,
      durationMs,
      eventsPerSecond: durationMs > 0 ? Math.round((events * 1000) / durationMs) : events,
    };
  }

  /**
   * The lane's replay worker, kept between calls, started again when it closed or the code
   * changed. Compared by code, not by object: a bundle source that reads its file on every
   * call (the REPLAY benchmark's did) restarted the replay workers on every call, which cost
   * ours a fifth of the base's speed.
   */
  private replayerOf(lane: number, bundle: WorkflowBundle): Replayer {
    if (this.replayerCode !== bundle.code) {
      void this.close();
      this.replayerCode = bundle.code;
    }
    let replayer = this.replayers[lane];
    if (!replayer?.open) {
      replayer = new Replayer(bundle, `audit-${process.pid}-${lane}`);
      this.replayers[lane] = replayer;
    }
    return replayer;
  }

  /**
   * One replayer over some runs, the next PREFETCH bodies loading while it replays, and the
   * next history checked, decoded and queued before the current one is answered: the
   * replayer goes from one to the next without waiting for our work in between.
   */
  private async replayLane(metas: ArchivedRunMeta[], replayer: Replayer, record: (r: ReplayRunResult) => void): Promise<void> {
    const load = (meta: ArchivedRunMeta) => this.archive.historyBytes(meta.runId).catch(() => null);
    const ahead = metas.slice(0, PREFETCH).map(load);
    let previous: Promise<void> = Promise.resolve();
    for (let i = 0; i < metas.length; i++) {
      const meta = metas[i];
      const stored = await ahead.shift();
      if (i + PREFETCH < metas.length) ahead.push(load(metas[i + PREFETCH]));
      if (!stored || sha256Hex(stored.json) !== meta.sha256) {
        record({
          ...base(meta),
          intact: false,
          deterministic: false,
          error: 'Lịch sử đã lưu không khớp SHA-256: không phát lại (history does not match its SHA-256)',
        });
        continue;
      }
      const history = historyFromPlainJson(JSON.parse(stored.json.toString('utf8')));
      const replayed = replayer.replay({ workflowId: meta.workflowId, history }).then(({ error }) =>
        record({
          ...base(meta),
          intact: true,
          deterministic: !error,
          ...(error
            ? {
                error: `${error.name}: ${error.message}`,
                divergence: error.name === 'DeterminismViolationError' ? parseDivergence(error.message) : undefined,
              }
            : {}),
        }),
      );
      // Awaited below (its failure ends the lane); marked handled now, as it may fail first.
      replayed.catch(() => undefined);
      await previous;
      previous = replayed;
    }
    await previous;
  }

  /** A unit's scope takes whole chains: every run of each task the unit led at some point. */
  private async runsInScope(scope: ArchiveScope): Promise<ArchivedRunMeta[]> {
    const metas = await this.archive.list(scope);
    if (!('unitId' in scope)) return metas;
    const taskIds = [...new Set(metas.map((m) => m.taskId).filter((t): t is string => t !== null))];
    const whole = await Promise.all(taskIds.map((taskId) => this.archive.list({ taskId })));
    return whole.flat();
  }
}

function base(meta: ArchivedRunMeta): Omit<ReplayRunResult, 'intact' | 'deterministic'> {
  return { runId: meta.runId, workflowId: meta.workflowId, taskId: meta.taskId, runIndex: meta.runIndex, eventCount: meta.eventCount };
}
