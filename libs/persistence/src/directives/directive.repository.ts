import type { Actor, DirectiveDraft } from '@dondoc/contracts';
import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';
import { countAnyOf, findAnyOf, type SortSpec } from '../query/find-any-of';
import { foldedContains } from '../query/fold-text';
import { directiveSearchText } from '../search/search-text';
import { dropSupersededIndexes } from '../query/superseded-indexes';
import { updateIf } from '../query/update-if';
import {
  DIRECTIVE_STATUSES,
  type DirectiveAssignment,
  type DirectiveRecord,
  type DirectiveStatus,
  type OutboxEntry,
} from './directive.record';
import { chunksOf, DirectiveOutboxChunks, locateInChunks } from './directive-outbox-chunks';
import { assertIssueFits } from './directive-too-large.error';
import { directiveSchema, SUPERSEDED_DIRECTIVE_INDEXES } from './directive.schema';

/** `searchText`: the number, subject and task texts folded (no diacritics) for search; never answered. */
type DirectiveDoc = Omit<DirectiveRecord, 'id'> & { _id: string; searchText?: string };

export class DirectiveNumberTakenError extends Error {
  constructor(readonly number: string) {
    super(`Số văn bản ${number} đã tồn tại (directive number already exists)`);
    this.name = 'DirectiveNumberTakenError';
  }
}

/** A directive as a list reads it: without its tasks (their texts are most of a directive) and its outbox. */
export type DirectiveListRecord = Omit<DirectiveRecord, 'tasks' | 'outbox' | 'outboxChunks'>;

export interface DirectiveListFilter {
  status?: DirectiveStatus;
  issuerUnitId?: string;
  /** Directives that assign a task to one of these units. */
  unitIds?: string[];
  /** Leave out drafts (what people outside the issuing office may see). */
  notDrafts?: boolean;
  /** Words of the number, subject or task texts, with or without diacritics. */
  search?: string;
  sort?: SortSpec;
  limit?: number;
  offset?: number;
}

export const DIRECTIVE_REPOSITORY = Symbol('DirectiveRepository');

/** Written just BEFORE a withdrawal: a small document that says one may have happened. */
interface WithdrawalIntent {
  _id: string;
  at: string;
}
const withdrawalIntentSchema = new Schema({ _id: String, at: String }, { versionKey: false, collection: 'directive_withdrawal_intents' });

/**
 * "This directive may have unsent outbox entries": written (with a fresh token) just BEFORE
 * entries are added, deleted by the relay once it found nothing left to send, and only if
 * the token is still the one it read. The relay's periodic scan reads these tiny documents
 * instead of every directive with its outbox (seconds of FerretDB CPU at a few hundred).
 */
export interface OutboxMark {
  _id: string;
  token: string;
  at: string;
}
const outboxMarkSchema = new Schema({ _id: String, token: String, at: String }, { versionKey: false, collection: 'outbox_marks' });

export class DirectiveRepository {
  readonly model: Model<DirectiveDoc>;
  private readonly intents: Model<WithdrawalIntent>;
  readonly outboxMarks: Model<OutboxMark>;
  readonly outboxChunks: DirectiveOutboxChunks;

  constructor(connection: Connection) {
    this.outboxChunks = new DirectiveOutboxChunks(connection);
    this.model =
      (connection.models.Directive as Model<DirectiveDoc> | undefined) ?? connection.model<DirectiveDoc>('Directive', directiveSchema);
    this.intents =
      (connection.models.DirectiveWithdrawalIntent as Model<WithdrawalIntent> | undefined) ??
      connection.model<WithdrawalIntent>('DirectiveWithdrawalIntent', withdrawalIntentSchema);
    this.outboxMarks =
      (connection.models.OutboxMark as Model<OutboxMark> | undefined) ?? connection.model<OutboxMark>('OutboxMark', outboxMarkSchema);
  }

  async init(): Promise<void> {
    await Promise.all([this.model.init(), this.intents.init(), this.outboxMarks.init(), this.outboxChunks.init()]);
    await dropSupersededIndexes(this.model as never, SUPERSEDED_DIRECTIVE_INDEXES);
  }

  /**
   * Whether the directive may have been withdrawn: false is certain (no withdrawal had
   * begun when this was read), true must be confirmed with `statusOf`. It reads a tiny
   * document, where `statusOf` decodes the directive with its outbox (~1.4 kB per task):
   * the orchestrator asks this for every task it starts.
   */
  async mayBeWithdrawn(id: string): Promise<boolean> {
    return (await this.intents.exists({ _id: id })) !== null;
  }

  async createDraft(id: string, draft: DirectiveDraft, createdBy: Actor, now: string): Promise<DirectiveRecord> {
    const doc: DirectiveDoc = {
      _id: id,
      ...draft,
      searchText: directiveSearchText(draft),
      status: 'draft',
      createdBy,
      createdAt: now,
      issuedAt: null,
      issuedBy: null,
      withdrawnAt: null,
      withdrawReason: null,
      assignments: [],
      outbox: [],
      outboxChunks: null,
      outboxCount: 0,
    };
    try {
      await this.model.create(doc);
    } catch (e) {
      if (isDuplicateKey(e)) throw new DirectiveNumberTakenError(draft.number);
      throw e;
    }
    return toRecord(doc);
  }

  async findById(id: string): Promise<DirectiveRecord | null> {
    const doc = await this.model.findById(id).lean<DirectiveDoc>();
    return doc ? toRecord(doc) : null;
  }

  /**
   * Just the directive's status (and who withdrew it, why), without its outbox: a directive
   * of 6 items × 35 units carries 211 events, and the orchestrator asks this for each task.
   */
  async statusOf(id: string): Promise<Pick<DirectiveRecord, 'status' | 'withdrawReason' | 'withdrawnBy' | 'createdBy'> | null> {
    const doc = await this.model
      .findById(id, { status: 1, withdrawReason: 1, withdrawnBy: 1, createdBy: 1 })
      .lean<Pick<DirectiveRecord, 'status' | 'withdrawReason' | 'withdrawnBy' | 'createdBy'>>();
    return doc
      ? { status: doc.status, withdrawReason: doc.withdrawReason ?? null, withdrawnBy: doc.withdrawnBy ?? null, createdBy: doc.createdBy }
      : null;
  }

  /** The ids of every task the directive assigned, without the rest of the document (a withdrawal's event omits them above 1,000). */
  async taskIdsOf(id: string): Promise<string[]> {
    const doc = await this.model.findById(id, { 'assignments.taskId': 1 }).lean<{ assignments?: { taskId: string }[] }>();
    return (doc?.assignments ?? []).map((a) => a.taskId);
  }

  async findByNumber(issuerUnitId: string, number: string): Promise<DirectiveRecord | null> {
    const doc = await this.model.findOne({ issuerUnitId, number }).lean<DirectiveDoc>();
    return doc ? toRecord(doc) : null;
  }

  /** The directive that assigned `taskId` (tasks are known here before their follow-up reports). */
  async findByTaskId(taskId: string): Promise<DirectiveRecord | null> {
    const doc = await this.model.findOne({ 'assignments.taskId': taskId }).lean<DirectiveDoc>();
    return doc ? toRecord(doc) : null;
  }

  /** A page of directives, without their tasks' texts (a list shows number, subject, status, progress) nor their outbox. */
  async list(filter: DirectiveListFilter): Promise<DirectiveListRecord[]> {
    const query = directiveConditions(filter);
    const sort: SortSpec = { ...(filter.sort ?? { date: -1 }) };
    // Ties by id in the first key's direction: one direction lets the store walk one index.
    sort._id ??= Object.values(sort)[0] ?? 1;
    const projection = { outbox: 0, outboxChunks: 0, searchText: 0, tasks: 0 } as const;
    const page = { sort, skip: filter.offset ?? 0, limit: filter.limit ?? 50, projection };
    const docs = filter.unitIds
      ? await findAnyOf(this.model, { field: 'assignments.leadUnitId', values: filter.unitIds, rest: query, ...page })
      : await this.model.find(query, page.projection).sort(page.sort).skip(page.skip).limit(page.limit).lean<DirectiveDoc[]>();
    return docs.map((d) => {
      const { tasks: _tasks, outbox: _outbox, outboxChunks: _chunks, ...rest } = toRecord({ ...d, outbox: [] });
      return rest;
    });
  }

  /** How many directives `list` pages through. */
  async count(filter: DirectiveListFilter): Promise<number> {
    const query = directiveConditions(filter);
    if (!filter.unitIds) return this.model.countDocuments(query);
    return countAnyOf(this.model, { field: 'assignments.leadUnitId', values: filter.unitIds, rest: query });
  }

  /**
   * draft → issued: the events go to chunk documents under a fresh issue id first, then ONE
   * conditional single-document write sets the status, the assignments and that issue id:
   * of concurrent issues of one draft exactly one matches `{_id, status: 'draft'}` and
   * writes; the others get null (not a draft any more), never touch the document, and
   * delete their own chunks (any left by a crash are never read: no directive names their
   * issue id). `updateIf`, then the winner reads its own write back (only a later
   * withdrawal could change the document in between). The store's conformance suite
   * (test/integration/store) proves the "exactly one winner" this relies on.
   */
  async issue(
    id: string,
    change: { issuedBy: Actor; issuedAt: string; assignments: DirectiveAssignment[]; events: OutboxEntry[] },
  ): Promise<DirectiveRecord | null> {
    const chunks = chunksOf(change.events);
    const manifest = { issueId: randomUUID(), sizes: chunks.map((c) => c.length) };
    const write = {
      status: 'issued',
      issuedAt: change.issuedAt,
      issuedBy: change.issuedBy,
      assignments: change.assignments,
      outbox: [],
      outboxChunks: manifest,
      outboxCount: change.events.length,
    };
    assertIssueFits(write, change.assignments.length); // before any write: a refused issue leaves no trace
    await this.outboxChunks.write(id, manifest.issueId, chunks);
    // The mark before the write, so the relay's periodic scan cannot miss the entries (a
    // loser's mark costs the relay one look at a directive with nothing new).
    await this.markOutbox(id, change.issuedAt);
    const won = await updateIf(this.model, { _id: id, status: 'draft' }, { $set: write });
    if (!won) {
      await this.outboxChunks.discard(id, manifest).catch(() => undefined); // harmless if left
      return null;
    }
    // Again after winning: a relay that looked between the first mark and the write saw a
    // draft with nothing to send and deleted that mark.
    await this.markOutbox(id, change.issuedAt);
    return this.findById(id);
  }

  /** Every outbox entry of the directive, in order: its chunks, then the events in its document (tools and tests; the relay reads chunk by chunk). */
  async outboxOf(id: string): Promise<OutboxEntry[]> {
    const doc = await this.model.findById(id, { outbox: 1, outboxChunks: 1 }).lean<Pick<DirectiveDoc, 'outbox' | 'outboxChunks'>>();
    if (!doc) return [];
    const manifest = doc.outboxChunks ?? null;
    const chunked: OutboxEntry[] = [];
    if (manifest) for (let n = 0; n < manifest.sizes.length; n++) chunked.push(...(await this.outboxChunks.read(id, manifest, n)));
    return [...chunked, ...doc.outbox];
  }

  /**
   * Up to one chunk of the outbox from entry `from` on: the entries of the chunk that
   * holds `from`, or the events in the directive's document once past the chunks.
   */
  async outboxFrom(id: string, from: number): Promise<OutboxEntry[]> {
    const doc = await this.model.findById(id, { outbox: 1, outboxChunks: 1 }).lean<Pick<DirectiveDoc, 'outbox' | 'outboxChunks'>>();
    if (!doc) return [];
    const manifest = doc.outboxChunks ?? null;
    const at = manifest ? locateInChunks(manifest.sizes, from) : null;
    if (manifest && at) return (await this.outboxChunks.read(id, manifest, at.n)).slice(at.offset);
    const chunked = manifest ? manifest.sizes.reduce((a, b) => a + b, 0) : 0;
    return doc.outbox.slice(from - chunked);
  }

  /**
   * issued → withdrawn with its events appended to the outbox, in one conditional write
   * (null: not issued any more, e.g. a concurrent withdrawal won); see `issue`.
   */
  async withdraw(id: string, change: { at: string; by: Actor; reason: string; events: OutboxEntry[] }): Promise<DirectiveRecord | null> {
    // The intent first, so that no reader can miss a withdrawal (see mayBeWithdrawn). An
    // intent left by a write that then failed or lost costs readers one confirming read.
    await this.intents.updateOne({ _id: id }, { $setOnInsert: { at: change.at } }, { upsert: true });
    await this.markOutbox(id, change.at);
    const won = await updateIf(
      this.model,
      { _id: id, status: 'issued' },
      {
        $set: { status: 'withdrawn', withdrawnAt: change.at, withdrawnBy: change.by, withdrawReason: change.reason },
        $push: { outbox: { $each: change.events } },
        $inc: { outboxCount: change.events.length },
      },
    );
    return won ? this.findById(id) : null;
  }

  private async markOutbox(id: string, at: string): Promise<void> {
    await this.outboxMarks.updateOne({ _id: id }, { $set: { token: randomUUID(), at } }, { upsert: true });
  }
}

function directiveConditions(filter: DirectiveListFilter): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  // Every status the list may show, named: the store walks {status, date, _id} (a unit's list:
  // {assignments.leadUnitId, status, date, _id}) once per status in date order and stops at the
  // page's end; an empty filter sorted every directive (1 s for 2,000). A draft has no
  // assignments yet: a unit's list never holds one.
  if (filter.status) query.status = filter.status;
  else
    query.status = { $in: filter.notDrafts || filter.unitIds ? DIRECTIVE_STATUSES.filter((s) => s !== 'draft') : [...DIRECTIVE_STATUSES] };
  if (filter.issuerUnitId) query.issuerUnitId = filter.issuerUnitId;
  if (filter.search?.trim()) query.searchText = foldedContains(filter.search);
  return query;
}

function toRecord(doc: DirectiveDoc): DirectiveRecord {
  const { _id, searchText: _searchText, ...rest } = doc;
  return { id: _id, ...rest, signer: rest.signer ?? undefined } as DirectiveRecord;
}
