import type { PublishedEventLog } from '@dondoc/messaging';
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';

interface PublishedEvent {
  _id: string;
  type: string;
  key: string;
  at: Date;
}

const schema = new Schema({ _id: String, type: String, key: { type: String, index: true }, at: Date }, { versionKey: false, collection: 'published_events' });

/** Workflow facts already on Kafka, by eventId (the worker's FactSink de-duplicates with it). */
export class MongoPublishedEventLog implements PublishedEventLog {
  readonly model: Model<PublishedEvent>;

  constructor(connection: Connection) {
    this.model = (connection.models.PublishedEvent as Model<PublishedEvent> | undefined) ?? connection.model<PublishedEvent>('PublishedEvent', schema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  // One `{_id}` lookup per id, not `{_id: {$in}}`: FerretDB 1.24 pushes down only a filter
  // that is exactly `{_id}` and would scan every event ever published for the `$in`.
  async unpublished(eventIds: string[]): Promise<Set<string>> {
    const found = await Promise.all(eventIds.map(async (id) => ((await this.model.exists({ _id: id })) ? id : null)));
    const seen = new Set(found.filter((id): id is string => id !== null));
    return new Set(eventIds.filter((id) => !seen.has(id)));
  }

  async markPublished(events: { eventId: string; type: string; key: string }[]): Promise<void> {
    const at = new Date();
    await Promise.all(
      events.map(async (e) => {
        try {
          await this.model.create({ _id: e.eventId, type: e.type, key: e.key, at });
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
        }
      }),
    );
  }
}
