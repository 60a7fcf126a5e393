import type { ProcessedEventStore } from '@dondoc/messaging';
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';

interface ProcessedEvent {
  _id: string;
  consumer: string;
  eventId: string;
  type: string;
  at: Date;
}

const schema = new Schema(
  { _id: String, consumer: { type: String, index: true }, eventId: String, type: String, at: Date },
  { versionKey: false, collection: 'processed_events' },
);

/** Consumer idempotency: one row per (consumer, eventId), the _id being that pair. */
export class MongoProcessedEventStore implements ProcessedEventStore {
  readonly model: Model<ProcessedEvent>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.ProcessedEvent as Model<ProcessedEvent> | undefined) ?? connection.model<ProcessedEvent>('ProcessedEvent', schema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  async has(consumer: string, eventId: string): Promise<boolean> {
    return (await this.model.exists({ _id: `${consumer}|${eventId}` })) !== null;
  }

  async mark(consumer: string, eventId: string, type: string): Promise<void> {
    try {
      await this.model.create({ _id: `${consumer}|${eventId}`, consumer, eventId, type, at: new Date() });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
  }
}
