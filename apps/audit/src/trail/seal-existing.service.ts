import { MongoAuditTrail, processAuditKeys, sealExistingChains } from '@dondoc/audit';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AUDIT_TRAIL } from '../audit.tokens';

const RETRY_MS = 30_000;

/**
 * At start, adopts the chains written before entries were sealed (`dondoc audit
 * seal-existing` does the same by hand), so they verify again; a chain already broken is
 * refused and logged for an auditor. In the background: the API does not wait for it.
 */
@Injectable()
export class SealExistingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditSealing');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(@Inject(AUDIT_TRAIL) private readonly trail: MongoAuditTrail) {}

  onApplicationBootstrap(): void {
    const keys = processAuditKeys();
    if (!keys.sealer) return; // a verify-only key cannot seal: nothing to adopt with
    const attempt = () => {
      this.running = sealExistingChains(this.trail, keys.checker)
        .then((outcomes) => {
          for (const o of outcomes) {
            if (o.outcome === 'adopted') this.logger.log(o.message);
            else this.logger.warn(o.message);
          }
        })
        .catch((e: Error) => {
          this.logger.warn(
            `bắt đầu ký các chuỗi cũ thất bại, thử lại sau ${RETRY_MS / 1000} giây (sealing existing chains failed, retried): ${e.message}`,
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
