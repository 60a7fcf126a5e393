import type { DeadLetter, DeadLetterRecorder } from '@dondoc/messaging';
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';

type DeadLetterRow = DeadLetter & { _id: string };

const schema = new Schema(
  {
    _id: String,
    consumer: String,
    reason: String,
    problems: [String],
    source: Schema.Types.Mixed,
    eventId: { type: String, default: null, index: true },
    type: { type: String, default: null },
    original: String,
    at: { type: String, index: true },
  },
  { versionKey: false, collection: 'dead_letters' },
);
schema.index({ consumer: 1, at: 1 });

/** Dead letters, one per (consumer, topic, partition, offset), for people to look at. */
export class MongoDeadLetterStore implements DeadLetterRecorder {
  readonly model: Model<DeadLetterRow>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.DeadLetter as Model<DeadLetterRow> | undefined) ?? connection.model<DeadLetterRow>('DeadLetter', schema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  async record(letter: DeadLetter): Promise<void> {
    const { topic, partition, offset } = letter.source;
    try {
      await this.model.create({ _id: `${letter.consumer}|${topic}|${partition}|${offset}`, ...letter });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
  }

  async list(filter: { consumer?: string; limit?: number } = {}): Promise<DeadLetter[]> {
    const query = filter.consumer ? { consumer: filter.consumer } : {};
    return this.model
      .find(query, { _id: 0 })
      .sort({ at: 1 })
      .limit(filter.limit ?? 100)
      .lean<DeadLetter[]>();
  }
}
