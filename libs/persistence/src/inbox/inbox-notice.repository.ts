import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';
import { countAnyOf, findAnyOf } from '../query/find-any-of';

/** A notice in someone's in-app inbox (also addressed to their unit). */
export interface InboxNotice {
  _id: string;
  /** (task, trigger, level, recipient): the same reminder or escalation is noticed once. */
  idempotencyKey: string;
  recipientUserId: string;
  recipientUnitId: string;
  recipientEmail: string | null;
  kind: 'reminder' | 'escalation' | 'evaluation' | 'reassignment';
  taskId: string;
  directiveId: string;
  directiveNumber: string;
  itemRef: string;
  leadUnitId: string;
  trigger: string | null;
  level: number | null;
  dueAt: string | null;
  daysOverdue: number | null;
  subject: string;
  body: string;
  link: string;
  eventId: string;
  createdAt: string;
  emailedAt: string | null;
  readAt: string | null;
  /** The prompting letter drafted with this escalation notice, if any. */
  letterId?: string | null;
}

const noticeSchema = new Schema(
  {
    _id: String,
    idempotencyKey: { type: String, required: true, unique: true },
    recipientUserId: { type: String, required: true },
    recipientUnitId: { type: String, required: true },
    /** `user:<id>` and `unit:<id>`: "my notices and my units'" is one indexed $in (no $or). */
    audience: { type: [String], default: [] },
    recipientEmail: { type: String, default: null },
    kind: String,
    taskId: String,
    directiveId: String,
    directiveNumber: String,
    itemRef: String,
    leadUnitId: String,
    trigger: { type: String, default: null },
    level: { type: Number, default: null },
    dueAt: { type: String, default: null },
    daysOverdue: { type: Number, default: null },
    subject: String,
    body: String,
    link: String,
    eventId: String,
    createdAt: String,
    emailedAt: { type: String, default: null },
    readAt: { type: String, default: null },
    letterId: { type: String, default: null },
  },
  { versionKey: false, collection: 'inbox_notices' },
);
// Newest first is the same index walked backwards: SecantusDB walks only ascending fields in
// order (test/integration/store/ordered-index-scan.int-spec.ts), so a page stops at its limit.
noticeSchema.index({ audience: 1, createdAt: 1 });
// The unread notices of an audience (counted for the header, listed, marked read all at once).
noticeSchema.index({ audience: 1, readAt: 1, createdAt: 1 });
noticeSchema.index({ taskId: 1, createdAt: 1 });
/** Whose notices: a person's own, and those addressed to their units. */
export interface InboxFilter {
  userId: string;
  unitIds?: string[];
  unread?: boolean;
}
const audienceFor = (f: InboxFilter) => [`user:${f.userId}`, ...(f.unitIds ?? []).map((u) => `unit:${u}`)];
const audienceOf = (n: { recipientUserId: string; recipientUnitId: string }) => [`user:${n.recipientUserId}`, `unit:${n.recipientUnitId}`];

export const noticeKey = (n: { taskId: string; trigger: string | null; level: number | null; recipientUserId: string; kind: string }) =>
  `${n.taskId}|${n.kind}|${n.trigger ?? '-'}|${n.level ?? 0}|${n.recipientUserId}`;

export const INBOX_REPOSITORY = Symbol('InboxRepository');

export class InboxRepository {
  readonly model: Model<InboxNotice>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.InboxNotice as Model<InboxNotice> | undefined) ?? connection.model<InboxNotice>('InboxNotice', noticeSchema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  /** Adds the notice unless one with its key exists; true when it is new. */
  async add(notice: Omit<InboxNotice, '_id'>): Promise<boolean> {
    try {
      const row = { _id: notice.idempotencyKey, ...notice, audience: audienceOf(notice) };
      await this.model.create(row);
      return true;
    } catch (e) {
      if (isDuplicateKey(e)) return false;
      throw e;
    }
  }

  // The notice's _id is its idempotency key, and lookups use `{_id}` alone: the only filter
  // FerretDB 1.24 pushes down (any other decodes the whole inbox).

  /** Notices not yet e-mailed (a crash after the insert is finished by the next delivery). */
  async unsent(idempotencyKey: string): Promise<InboxNotice | null> {
    const notice = await this.model.findById(idempotencyKey, { audience: 0 }).lean<InboxNotice>();
    return notice && notice.emailedAt === null ? notice : null;
  }

  async markEmailed(idempotencyKey: string, at: string): Promise<void> {
    await this.model.updateOne({ _id: idempotencyKey }, { $set: { emailedAt: at } });
  }

  async forRecipient(filter: InboxFilter & { limit?: number; skip?: number; direction?: 1 | -1 }): Promise<InboxNotice[]> {
    const direction = filter.direction ?? -1;
    return findAnyOf(this.model, {
      field: 'audience',
      values: audienceFor(filter),
      rest: filter.unread ? { readAt: null } : {},
      sort: { createdAt: direction },
      skip: filter.skip,
      limit: filter.limit ?? 200,
      projection: { audience: 0 },
    });
  }

  async countFor(filter: InboxFilter): Promise<number> {
    return countAnyOf(this.model, { field: 'audience', values: audienceFor(filter), rest: filter.unread ? { readAt: null } : {} });
  }

  /**
   * The audience's unread notices counted up to `cap` (the header's badge says "99+" above
   * it): an exact count visits every one on SecantusDB, 1.7 s on a leader's 100,000 notices in
   * the WEB benchmark, holding the one-process store while the page's other calls waited.
   */
  async countUnreadUpTo(filter: InboxFilter, cap: number): Promise<number> {
    return countAnyOf(this.model, { field: 'audience', values: audienceFor(filter), rest: { readAt: null }, upTo: cap });
  }

  /** Marks one notice read if it is in this audience; the notice (read) or null when it is not there. The first reading's time stays. */
  async markRead(filter: InboxFilter, id: string, at: string): Promise<InboxNotice | null> {
    const notice = await this.model.findById(id).lean<InboxNotice & { audience: string[] }>();
    if (!notice || !audienceFor(filter).some((a) => notice.audience.includes(a))) return null;
    if (notice.readAt === null) await this.model.updateOne({ _id: id, readAt: null }, { $set: { readAt: at } });
    const { audience: _audience, ...rest } = (await this.model.findById(id).lean<InboxNotice & { audience: string[] }>()) ?? notice;
    return rest;
  }

  /** Marks every unread notice of this audience read; how many were. */
  async markAllRead(filter: InboxFilter, at: string): Promise<number> {
    // One write per audience value: an `$in` beside another condition makes SecantusDB scan.
    let marked = 0;
    for (const audience of audienceFor(filter))
      marked += (await this.model.updateMany({ audience, readAt: null }, { $set: { readAt: at } })).modifiedCount;
    return marked;
  }

  async byTask(taskId: string): Promise<InboxNotice[]> {
    return this.model.find({ taskId }, { audience: 0 }).sort({ createdAt: 1 }).lean<InboxNotice[]>();
  }
}
