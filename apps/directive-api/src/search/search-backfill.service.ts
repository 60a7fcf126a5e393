import { MONGO_CONNECTION, SearchTextBackfill } from '@dondoc/persistence';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Connection } from 'mongoose';

const RETRY_MS = 30_000;
const LOG_EVERY_MS = 5_000;

/**
 * At start, gives the rows written before search existed their search text (`dondoc search
 * backfill` does the same by hand), so `q` finds them. In the background: the API does not
 * wait for it; a finished backfill costs one read of its progress document at each start.
 * Stopped by a shutdown, it resumes at the next start from the last batch written.
 */
@Injectable()
export class SearchBackfillService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchBackfill');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(@Inject(MONGO_CONNECTION) private readonly connection: Connection) {}

  onApplicationBootstrap(): void {
    const backfill = new SearchTextBackfill(this.connection);
    let loggedAt = 0;
    const attempt = () => {
      this.running = backfill
        .init()
        .then(() =>
          backfill.run({
            shouldStop: () => this.stopped,
            onProgress: (p) => {
              if (Date.now() - loggedAt < LOG_EVERY_MS) return;
              loggedAt = Date.now();
              this.logger.log(`bổ sung văn bản tìm kiếm (search text backfill) ${p.target}: ${p.read}/${p.total} read, ${p.filled} filled`);
            },
          }),
        )
        .then((outcomes) => {
          // Said when there was something to walk (not for a finished backfill, nor a new empty store).
          for (const o of outcomes.filter((x) => x.outcome !== 'already-done' && x.read > 0)) {
            this.logger.log(
              `bổ sung văn bản tìm kiếm (search text backfill) ${o.target}: ${o.outcome}, ${o.read} read, ${o.filled} filled`,
            );
          }
        })
        .catch((e: Error) => {
          this.logger.warn(
            `bổ sung văn bản tìm kiếm thất bại, thử lại sau ${RETRY_MS / 1000} giây (search text backfill failed, retried): ${e.message}`,
          );
          if (!this.stopped) this.timer = setTimeout(attempt, RETRY_MS);
        })
        .finally(() => (this.running = undefined));
    };
    attempt();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
