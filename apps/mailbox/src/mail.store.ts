import { isDuplicateKey } from '@dondoc/persistence';
import { Schema, type Connection, type Model } from 'mongoose';

export interface ReceivedMail {
  /** The Message-ID (or a random id for a mail without one). */
  _id: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  noticeKey: string | null;
  /** Attached files, their bytes in base64 (small documents: a drafted letter is ~10 kB). */
  attachments?: { filename: string; contentType: string; size: number; contentBase64: string }[];
  receivedAt: string;
}

const schema = new Schema(
  {
    _id: String,
    from: String,
    to: { type: [String], index: true },
    subject: String,
    text: String,
    noticeKey: { type: String, default: null },
    attachments: { type: [Schema.Types.Mixed], default: [] },
    receivedAt: String,
  },
  { versionKey: false, collection: 'mailbox_messages' },
);

/** Received mail in MongoDB, so it survives a restart and tests can read it back. */
export class MailStore {
  readonly model: Model<ReceivedMail>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.ReceivedMail as Model<ReceivedMail> | undefined) ?? connection.model<ReceivedMail>('ReceivedMail', schema);
  }

  /** Keeps one copy per Message-ID (the mail's `_id`), as a mail store would; false for a copy. */
  async add(mail: ReceivedMail): Promise<boolean> {
    try {
      await this.model.create(mail);
      return true;
    } catch (e) {
      if (isDuplicateKey(e)) return false;
      throw e;
    }
  }

  async list(filter: { to?: string; noticeKey?: string; limit?: number }): Promise<ReceivedMail[]> {
    const query: Record<string, unknown> = {};
    if (filter.to) query.to = filter.to.toLowerCase();
    if (filter.noticeKey) query.noticeKey = filter.noticeKey;
    return this.model
      .find(query)
      .sort({ receivedAt: 1 })
      .limit(filter.limit ?? 500)
      .lean<ReceivedMail[]>();
  }
}
