import { AuditHeadsPublisher, MongoAuditTrail, processAuditKeys } from '@dondoc/audit';
import { topicsFor } from '@dondoc/contracts';
import { KeyedWriter, createKafkaClient, dondocTopicSpecs, ensureTopics } from '@dondoc/messaging';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AuditConfig } from '../audit.config';
import { AUDIT_CONFIG, AUDIT_TRAIL } from '../audit.tokens';

/**
 * Every AUDIT_HEADS_PUBLISH_MS, copies each chain's newest sealed head to the compacted
 * heads topic, outside MongoDB, where `dondoc audit heads` exports them for auditors.
 */
@Injectable()
export class HeadsPublishService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditHeads');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private writer?: KeyedWriter;

  constructor(
    @Inject(AUDIT_TRAIL) private readonly trail: MongoAuditTrail,
    @Inject(AUDIT_CONFIG) private readonly config: AuditConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.AUDIT_HEADS_PUBLISH_MS === 0) return;
    const topics = topicsFor(this.config.KAFKA_TOPIC_PREFIX);
    const kafka = createKafkaClient({ brokers: this.config.KAFKA_BROKERS, clientId: `${this.config.KAFKA_CLIENT_ID}-audit-heads` });
    const writer = (this.writer = new KeyedWriter(kafka));
    const publisher = new AuditHeadsPublisher(this.trail, processAuditKeys().checker, (heads) =>
      writer.write(
        topics.auditHeads,
        heads.map((h) => ({ key: h.directiveId, value: h })),
      ),
    );
    let ensured = false;
    const tick = () => {
      this.running = (async () => {
        if (!ensured) await ensureTopics(kafka, dondocTopicSpecs(topics));
        ensured = true;
        const heads = await publisher.publishOnce();
        if (heads.length) this.logger.log(`published ${heads.length} chain head(s)`);
      })()
        .catch((e: Error) => this.logger.warn(`publishing heads failed (retried): ${e.message}`))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.timer = setTimeout(tick, this.config.AUDIT_HEADS_PUBLISH_MS);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await this.writer?.close();
  }
}
