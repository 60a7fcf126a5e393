import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { EVENT_PUBLISHER } from '../event-publisher.port';
import { createKafkaClient, type KafkaClientOptions } from '../kafka-client.factory';
import { KafkaEventPublisher } from '../kafka-event.publisher';
import { dondocTopicSpecs, ensureTopics } from '../topic.admin';
import { topicsFor, type Topics } from '@dondoc/contracts';

export const KAFKA = Symbol('Kafka');
/** The installation's topic names (see `topicsFor`). */
export const KAFKA_TOPICS = Symbol('KafkaTopics');

@Injectable()
class PublisherCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_PUBLISHER) private readonly publisher: KafkaEventPublisher) {}
  async onApplicationShutdown(): Promise<void> {
    await this.publisher.disconnect();
  }
}

/** Kafka for a Nest app: the client (topics ensured at boot) and the EventPublisher port. */
@Module({})
export class MessagingModule {
  static forRoot(options: KafkaClientOptions & { topicPrefix?: string }): DynamicModule {
    const topics: Topics = topicsFor(options.topicPrefix);
    return {
      module: MessagingModule,
      global: true,
      providers: [
        {
          provide: KAFKA,
          useFactory: async () => {
            const kafka = createKafkaClient(options);
            await ensureTopics(kafka, dondocTopicSpecs(topics));
            return kafka;
          },
        },
        {
          provide: EVENT_PUBLISHER,
          inject: [KAFKA],
          useFactory: async (kafka: Kafka) => {
            const publisher = new KafkaEventPublisher(kafka);
            await publisher.connect();
            return publisher;
          },
        },
        { provide: KAFKA_TOPICS, useValue: topics },
        PublisherCloser,
      ],
      exports: [KAFKA, EVENT_PUBLISHER, KAFKA_TOPICS],
    };
  }
}
