import type { ArchiveScope, ReplayProgress, ReplayReport, ReplayService } from '@dondoc/audit';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { REPLAY } from '../audit.tokens';

export interface ReplayJob {
  jobId: string;
  scope: ArchiveScope;
  status: 'running' | 'passed' | 'failed' | 'error';
  requestedBy: string;
  startedAt: string;
  finishedAt: string | null;
  progress: ReplayProgress;
  report: ReplayReport | null;
  error: string | null;
}

const KEEP = 100;

/**
 * Replays run in the background: a large scope takes minutes, so the request answers at
 * once with a job whose progress can be polled. Jobs live in this process only (they are
 * a view of a computation; the archive they read is the record), the last 100 are kept.
 */
@Injectable()
export class ReplayJobsService {
  private readonly logger = new Logger('ReplayJobs');
  private readonly jobs = new Map<string, { job: ReplayJob; done: Promise<void> }>();

  constructor(@Inject(REPLAY) private readonly replay: ReplayService) {}

  start(scope: ArchiveScope, requestedBy: string): { job: ReplayJob; done: Promise<void> } {
    const job: ReplayJob = {
      jobId: randomUUID(),
      scope,
      status: 'running',
      requestedBy,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      progress: { done: 0, total: 0, events: 0 },
      report: null,
      error: null,
    };
    const done = this.replay
      .replay(scope, { onProgress: (p) => (job.progress = p) })
      .then((report) => {
        job.report = report;
        job.progress = { done: report.total, total: report.total, events: report.events };
        job.status = report.ok ? 'passed' : 'failed';
      })
      .catch((e: unknown) => {
        job.status = 'error';
        job.error = e instanceof Error ? e.message : String(e);
        this.logger.error(`replay ${job.jobId} failed: ${job.error}`);
      })
      .finally(() => (job.finishedAt = new Date().toISOString()));
    const entry = { job, done };
    this.jobs.set(job.jobId, entry);
    this.forgetOld();
    return entry;
  }

  get(jobId: string): ReplayJob | undefined {
    return this.jobs.get(jobId)?.job;
  }

  private forgetOld(): void {
    for (const [id, { job }] of this.jobs) {
      if (this.jobs.size <= KEEP) return;
      if (job.status !== 'running') this.jobs.delete(id);
    }
  }
}
