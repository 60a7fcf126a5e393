import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';
import { countAnyOf, findAnyOf } from '../query/find-any-of';
import { updateIf } from '../query/update-if';

// Prompting letters (công văn đôn đốc), one document per (directive, unit, round) under
// its business key. Every change is a single-document conditional write: drafting inserts
// under the unique _id (a second drafter finds it taken), adding a task pushes only while
// the letter is a draft without it, editing and sending match the revision the caller saw.
// The letter's content belongs to @dondoc/reports; this store knows only what it filters on.

export interface StoredLetter {
  readonly id: string;
  readonly directiveId: string;
  readonly unitId: string;
  readonly status: 'draft' | 'sent';
  readonly revision: number;
  readonly tasks: readonly { readonly taskId: string; readonly period: string | null }[];
  readonly noticeKeys?: readonly string[];
}

const schema = new Schema(
  {
    _id: String,
    directiveId: String,
    unitId: String,
    status: String,
    revision: Number,
    tasks: [Schema.Types.Mixed],
    noticeKeys: { type: [String], default: [] },
  },
  { versionKey: false, collection: 'prompting_letters', strict: false, minimize: false },
);

// Each index serves a listing of PromptingLetterStore.list (test/integration/store/query-indexes.int-spec.ts).
schema.index({ createdAt: -1 });
schema.index({ status: 1, createdAt: -1 });
schema.index({ directiveId: 1, status: 1, createdAt: -1 });
schema.index({ unitId: 1, status: 1, createdAt: -1 });
schema.index({ unitId: 1, directiveId: 1, createdAt: -1 });

export const PROMPTING_LETTER_STORE = Symbol('PromptingLetterStore');

export class LetterRevisionConflict extends Error {
  constructor(
    readonly id: string,
    readonly current: StoredLetter | null,
  ) {
    super(
      current
        ? current.status === 'sent'
          ? `Công văn ${id} đã gửi, không sửa được (letter already sent)`
          : `Công văn ${id} đã được sửa (phiên bản ${current.revision}); tải lại rồi sửa (stale revision)`
        : `Không có công văn ${id} (no such letter)`,
    );
    this.name = 'LetterRevisionConflict';
  }
}

const toLetter = <T extends StoredLetter>(doc: Record<string, unknown> | null): T | null => {
  if (!doc) return null;
  const { _id, ...rest } = doc;
  return { ...rest, id: _id } as T;
};

export class PromptingLetterStore {
  readonly model: Model<Record<string, unknown>>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.PromptingLetter as Model<Record<string, unknown>> | undefined) ??
      connection.model<Record<string, unknown>>('PromptingLetter', schema as Schema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  /**
   * The round's letter: the one already drafted, or `draft` inserted now. `created` tells
   * which, so exactly one drafter does the once-only work.
   */
  async draftOnce<T extends StoredLetter>(draft: T): Promise<{ letter: T; created: boolean }> {
    const { id, ...rest } = draft;
    try {
      await this.model.create({ _id: id, ...rest, noticeKeys: [...(rest.noticeKeys ?? [])] });
      return { letter: draft, created: true };
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
    const existing = await this.find<T>(id);
    if (!existing) throw new Error(`letter ${id} vanished after a duplicate key`);
    return { letter: existing, created: false };
  }

  /** Adds a task line to a draft that lacks it (a sent letter is never changed). */
  async addTask<T extends StoredLetter>(id: string, task: T['tasks'][number], at: string): Promise<T | null> {
    await this.model.updateOne(
      { _id: id, status: 'draft', tasks: { $not: { $elemMatch: { taskId: task.taskId, period: task.period } } } },
      { $push: { tasks: task }, $inc: { revision: 1 }, $set: { updatedAt: at } },
    );
    return this.find<T>(id);
  }

  async linkNotice(id: string, noticeKey: string): Promise<void> {
    await this.model.updateOne({ _id: id }, { $addToSet: { noticeKeys: noticeKey } });
  }

  async find<T extends StoredLetter>(id: string): Promise<T | null> {
    return toLetter<T>(await this.model.findById(id).lean<Record<string, unknown>>());
  }

  async list<T extends StoredLetter>(filter: LetterListFilter & { limit?: number; offset?: number; direction?: 1 | -1 }): Promise<T[]> {
    const rest = letterConditions(filter);
    const page = { sort: { createdAt: filter.direction ?? -1 }, skip: filter.offset ?? 0, limit: filter.limit ?? 100 };
    const docs = filter.unitIds
      ? await findAnyOf(this.model, { field: 'unitId', values: filter.unitIds, rest, ...page })
      : await this.model.find(rest).sort(page.sort).skip(page.skip).limit(page.limit).lean<Record<string, unknown>[]>();
    return docs.map((d) => toLetter<T>(d) as T);
  }

  /** How many letters `list` pages through. */
  async count(filter: LetterListFilter): Promise<number> {
    const rest = letterConditions(filter);
    if (filter.unitIds) return countAnyOf(this.model, { field: 'unitId', values: filter.unitIds, rest });
    return Object.keys(rest).length ? this.model.countDocuments(rest) : this.model.estimatedDocumentCount();
  }

  /** Applies `changes` to the draft at `revision`; a stale revision or a sent letter is a conflict. */
  async edit<T extends StoredLetter>(id: string, revision: number, changes: Record<string, unknown>, at: string): Promise<T> {
    const won = await updateIf(
      this.model,
      { _id: id, status: 'draft', revision },
      { $set: { ...changes, updatedAt: at }, $inc: { revision: 1 } },
    );
    return this.afterWrite<T>(id, won);
  }

  /** draft → sent, once: only the caller whose write changed the status gets the letter back. */
  async markSent<T extends StoredLetter>(id: string, revision: number, by: string, at: string): Promise<T> {
    const won = await updateIf(
      this.model,
      { _id: id, status: 'draft', revision },
      { $set: { status: 'sent', sentAt: at, sentBy: by, updatedAt: at }, $inc: { revision: 1 } },
    );
    return this.afterWrite<T>(id, won);
  }

  /** The letter as the winning write left it; the loser learns it is stale, with the letter as it is. */
  private async afterWrite<T extends StoredLetter>(id: string, won: boolean): Promise<T> {
    const letter = await this.find<T>(id);
    if (!won || !letter) throw new LetterRevisionConflict(id, letter);
    return letter;
  }
}

export interface LetterListFilter {
  directiveId?: string;
  unitIds?: string[];
  status?: string;
}

function letterConditions(filter: LetterListFilter): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  if (filter.directiveId) rest.directiveId = filter.directiveId;
  if (filter.status) rest.status = filter.status;
  return rest;
}
