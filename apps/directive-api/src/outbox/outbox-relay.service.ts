import { APP_CONFIG } from '@dondoc/app-kit';
import { EVENT_PUBLISHER, OUTBOX_STORE, OutboxRelay, type EventPublisher, type OutboxStore } from '@dondoc/messaging';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import type { ApiConfig } from '../api.config';

/**
 * Runs the outbox relay inside the API process: issuing pokes it so events leave at once,
 * and polling picks up whatever an earlier process left (it survives restarts). Several
 * API instances may run it side by side: leases keep them off each other's outboxes.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly relay: OutboxRelay;

  constructor(
    @Inject(OUTBOX_STORE) store: OutboxStore,
    @Inject(EVENT_PUBLISHER) publisher: EventPublisher,
    @Inject(APP_CONFIG) config: ApiConfig,
  ) {
    this.relay = new OutboxRelay({
      store,
      publisher,
      pollMs: config.OUTBOX_POLL_MS,
      scanMs: config.OUTBOX_SCAN_MS,
      onError: (e) => this.logger.warn(`relay pass failed, will retry: ${(e as Error).message}`),
    });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  /** `directiveId` was just written: send its new events now. */
  poke(directiveId: string): void {
    this.relay.poke(directiveId);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
