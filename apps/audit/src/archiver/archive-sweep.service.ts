import type { FinalRunArchiver } from '@dondoc/audit';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AuditConfig } from '../audit.config';
import { AUDIT_CONFIG, FINAL_RUN_ARCHIVER } from '../audit.tokens';

const RECENT_MS = 7 * 24 * 3600_000;
const FULL_EVERY = 24 * 3600_000;

/**
 * Runs the final-run archive sweep every ARCHIVE_SWEEP_MS, one sweep at a time: tasks
 * finished in the last week each time, every finished task at start and once a day (so
 * the cost of a pass does not grow with the years of finished tasks).
 */
@Injectable()
export class ArchiveSweepService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ArchiveSweep');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private lastFull = 0;

  constructor(
    @Inject(FINAL_RUN_ARCHIVER) private readonly archiver: FinalRunArchiver,
    @Inject(AUDIT_CONFIG) private readonly config: AuditConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.ARCHIVE_SWEEP_MS === 0) return;
    const tick = () => {
      this.running = this.sweep().finally(() => {
        this.running = undefined;
        this.timer = setTimeout(tick, this.config.ARCHIVE_SWEEP_MS);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    await this.running;
    clearTimeout(this.timer);
  }

  private async sweep(): Promise<void> {
    try {
      const full = Date.now() - this.lastFull >= FULL_EVERY;
      const result = await this.archiver.sweepOnce(full ? undefined : new Date(Date.now() - RECENT_MS).toISOString());
      if (full) this.lastFull = Date.now();
      if (result.archived.length) this.logger.log(`archived ${result.archived.length} closed run(s)`);
      for (const f of result.failed) this.logger.warn(`task ${f.taskId}: ${f.error}`);
    } catch (e) {
      this.logger.error(`sweep failed: ${(e as Error).message}`);
    }
  }
}
