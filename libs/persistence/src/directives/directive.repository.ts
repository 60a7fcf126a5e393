import type { Actor, DirectiveDraft } from '@dondoc/contracts';
import type { Connection, Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';
import type { DirectiveAssignment, DirectiveRecord, DirectiveStatus, OutboxEntry } from './directive.record';
import { directiveSchema } from './directive.schema';

type DirectiveDoc = Omit<DirectiveRecord, 'id'> & { _id: string };

export class DirectiveNumberTakenError extends Error {
  constructor(readonly number: string) {
    super(`Số văn bản ${number} đã tồn tại (directive number already exists)`);
    this.name = 'DirectiveNumberTakenError';
  }
}

export interface DirectiveListFilter {
  status?: DirectiveStatus;
  issuerUnitId?: string;
  /** Directives that assign a task to one of these units. */
  unitIds?: string[];
  limit?: number;
  offset?: number;
}

export const DIRECTIVE_REPOSITORY = Symbol('DirectiveRepository');

export class DirectiveRepository {
  readonly model: Model<DirectiveDoc>;

  constructor(connection: Connection) {
    this.model = (connection.models.Directive as Model<DirectiveDoc> | undefined) ?? connection.model<DirectiveDoc>('Directive', directiveSchema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  async createDraft(id: string, draft: DirectiveDraft, createdBy: Actor, now: string): Promise<DirectiveRecord> {
    const doc: DirectiveDoc = {
      _id: id,
      ...draft,
      status: 'draft',
      createdBy,
      createdAt: now,
      issuedAt: null,
      issuedBy: null,
      withdrawnAt: null,
      withdrawReason: null,
      assignments: [],
      outbox: [],
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
    return doc ? { status: doc.status, withdrawReason: doc.withdrawReason ?? null, withdrawnBy: doc.withdrawnBy ?? null, createdBy: doc.createdBy } : null;
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

  async list(filter: DirectiveListFilter): Promise<DirectiveRecord[]> {
    const query: Record<string, unknown> = {};
    if (filter.status) query.status = filter.status;
    if (filter.issuerUnitId) query.issuerUnitId = filter.issuerUnitId;
    if (filter.unitIds) query['assignments.leadUnitId'] = { $in: filter.unitIds };
    const docs = await this.model
      .find(query, { outbox: 0 })
      .sort({ date: -1, _id: 1 })
      .skip(filter.offset ?? 0)
      .limit(filter.limit ?? 50)
      .lean<DirectiveDoc[]>();
    return docs.map((d) => toRecord({ ...d, outbox: [] }));
  }

  /**
   * draft → issued, with the assignments and the outbox events, in one conditional
   * single-document update: either all of it is written or none (then null: not a draft).
   * Two racing issues of one draft (FerretDB updates are read-modify-write) both write the
   * same deterministic events onto the same draft, so the document still holds them once.
   */
  async issue(id: string, change: { issuedBy: Actor; issuedAt: string; assignments: DirectiveAssignment[]; events: OutboxEntry[] }): Promise<DirectiveRecord | null> {
    const doc = await this.model
      .findOneAndUpdate(
        { _id: id, status: 'draft' },
        {
          $set: { status: 'issued', issuedAt: change.issuedAt, issuedBy: change.issuedBy, assignments: change.assignments },
          $push: { outbox: { $each: change.events } },
          $inc: { outboxCount: change.events.length },
        },
        { returnDocument: 'after' },
      )
      .lean<DirectiveDoc>();
    return doc ? toRecord(doc) : null;
  }

  /** issued → withdrawn with its event, one conditional update (null: not issued). */
  async withdraw(id: string, change: { at: string; by: Actor; reason: string; events: OutboxEntry[] }): Promise<DirectiveRecord | null> {
    const doc = await this.model
      .findOneAndUpdate(
        { _id: id, status: 'issued' },
        {
          $set: { status: 'withdrawn', withdrawnAt: change.at, withdrawnBy: change.by, withdrawReason: change.reason },
          $push: { outbox: { $each: change.events } },
          $inc: { outboxCount: change.events.length },
        },
        { returnDocument: 'after' },
      )
      .lean<DirectiveDoc>();
    return doc ? toRecord(doc) : null;
  }

}

function toRecord(doc: DirectiveDoc): DirectiveRecord {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest, signer: rest.signer ?? undefined } as DirectiveRecord;
}
