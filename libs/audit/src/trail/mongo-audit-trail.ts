import type { Connection, Model } from 'mongoose';
import { isDuplicateKey } from '@dondoc/persistence';
import type { AuditCheckpoint, AuditEntry, AuditEntryInput } from './audit-entry.types';
import { auditEntryProblems, InvalidAuditEntryError } from './audit-entry.validation';
import type { AuditTrailReader, AuditTrailWriter } from './audit-trail.port';
import { auditCheckpointSchema, auditEntrySchema } from './audit-trail.schema';
import { nextEntry } from './hash-chain';
import type { AuditSealer } from '../signing/audit-seal';
import { processAuditKeys } from '../signing/audit-keys';
import { SEALING_BEGAN_WHAT } from '../signing/sealing-began';

type StoredEntry = AuditEntry & { dedupKey: string; recordedAt: string };

export interface MongoAuditTrailOptions {
  /** A checkpoint {seq, hash} every this many entries. */
  checkpointEvery?: number;
  /** Attempts when another writer took the seq first. */
  maxAttempts?: number;
  /**
   * Seals every entry and checkpoint: this process's key by default (`processAuditKeys`);
   * `null` writes unsealed entries (which then fail a sealed verification).
   */
  sealer?: AuditSealer | null;
}

/**
 * The audit trail in MongoDB. Insert-only: this class issues inserts and reads, never an
 * update or a delete, and the unique (directiveId, seq) index makes a concurrent append
 * fail rather than fork the chain; it is then retried on the new head.
 */
export class MongoAuditTrail implements AuditTrailWriter, AuditTrailReader {
  readonly entriesModel: Model<StoredEntry>;
  readonly checkpointsModel: Model<AuditCheckpoint>;
  private readonly checkpointEvery: number;
  private readonly maxAttempts: number;
  private readonly sealer: AuditSealer | null;

  constructor(connection: Connection, options: MongoAuditTrailOptions = {}) {
    this.entriesModel =
      (connection.models.AuditEntry as Model<StoredEntry> | undefined) ?? connection.model<StoredEntry>('AuditEntry', auditEntrySchema);
    this.checkpointsModel =
      (connection.models.AuditCheckpoint as Model<AuditCheckpoint> | undefined) ??
      connection.model<AuditCheckpoint>('AuditCheckpoint', auditCheckpointSchema);
    this.checkpointEvery = options.checkpointEvery ?? 100;
    this.maxAttempts = options.maxAttempts ?? 50;
    this.sealer = options.sealer === undefined ? processAuditKeys().sealer : options.sealer;
  }

  async init(): Promise<void> {
    await Promise.all([this.entriesModel.init(), this.checkpointsModel.init()]);
  }

  async append(input: AuditEntryInput): Promise<AuditEntry> {
    const problems = auditEntryProblems(input);
    if (problems.length > 0) throw new InvalidAuditEntryError(problems);
    for (let attempt = 1; ; attempt++) {
      if (input.sourceId) {
        const existing = await this.bySource(input.directiveId, input.sourceId);
        if (existing) return existing;
      }
      const last = await this.entriesModel
        .findOne({ directiveId: input.directiveId })
        .sort({ seq: -1 })
        .select({ seq: 1, hash: 1 })
        .lean<{ seq: number; hash: string }>();
      const chained = nextEntry(last, input);
      // Sealed in the same document as the entry: no crash can leave a genuine entry unsealed.
      const entry: AuditEntry = this.sealer
        ? { ...chained, seal: this.sealer.seal(chained.directiveId, chained.seq, chained.hash) }
        : chained;
      try {
        await this.entriesModel.collection.insertOne({
          ...entry,
          dedupKey: input.sourceId ?? entry.hash,
          recordedAt: new Date().toISOString(),
        });
      } catch (e) {
        if (!isDuplicateKey(e) || attempt >= this.maxAttempts) throw e;
        // Lost the race for this seq (or the source was recorded meanwhile): read the new head.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
        continue;
      }
      if (entry.seq % this.checkpointEvery === 0) await this.checkpoint(entry);
      return entry;
    }
  }

  async entries(directiveId: string): Promise<AuditEntry[]> {
    const rows = await this.entriesModel.find({ directiveId }).sort({ seq: 1, _id: 1 }).lean<StoredEntry[]>();
    return rows.map(strip);
  }

  /** A page of the chain, from seq `fromSeq` on (for reading, not verifying). */
  async page(directiveId: string, fromSeq: number, limit: number): Promise<AuditEntry[]> {
    const rows = await this.entriesModel
      .find({ directiveId, seq: { $gte: fromSeq } })
      .sort({ seq: 1 })
      .limit(limit)
      .lean<StoredEntry[]>();
    return rows.map(strip);
  }

  async checkpoints(directiveId: string): Promise<AuditCheckpoint[]> {
    const rows = await this.checkpointsModel.find({ directiveId }).sort({ seq: 1 }).lean<AuditCheckpoint[]>();
    return rows.map(({ directiveId: d, seq, hash, at, seal }) => ({ directiveId: d, seq, hash, at, ...(seal ? { seal } : {}) }));
  }

  async entriesOfTask(taskId: string, until?: string): Promise<AuditEntry[]> {
    const rows = await this.entriesModel.find({ taskId }).sort({ seq: 1 }).lean<StoredEntry[]>();
    const limit = until === undefined ? Infinity : Date.parse(until);
    return rows.map(strip).filter((e) => Date.parse(e.when) <= limit);
  }

  /**
   * Entries recorded at or after `since` (ISO; '' for all), newest first, grouped by
   * directive: the candidates for each chain's published head.
   */
  async recentHeads(since: string): Promise<Map<string, (AuditEntry & { recordedAt: string })[]>> {
    const rows = await this.entriesModel
      .find(since ? { recordedAt: { $gte: since } } : {})
      .select({ directiveId: 1, seq: 1, hash: 1, seal: 1, recordedAt: 1 })
      .lean<StoredEntry[]>();
    const byDirective = new Map<string, (AuditEntry & { recordedAt: string })[]>();
    for (const row of rows.sort((a, b) => b.seq - a.seq)) {
      const list = byDirective.get(row.directiveId) ?? [];
      list.push(row);
      byDirective.set(row.directiveId, list);
    }
    return byDirective;
  }

  /** Directive ids that have a trail (for `verify` over everything). */
  async directiveIds(): Promise<string[]> {
    return (await this.entriesModel.distinct('directiveId')) as string[];
  }

  /** Chains with entries written without a seal and no "sealing began" entry yet: the ones to adopt. */
  async directiveIdsToAdopt(): Promise<string[]> {
    const [unsealed, adopted] = await Promise.all([
      this.entriesModel.distinct('directiveId', { seal: null }) as Promise<string[]>,
      this.entriesModel.distinct('directiveId', { what: SEALING_BEGAN_WHAT }) as Promise<string[]>,
    ]);
    const done = new Set(adopted);
    return unsealed.filter((d) => !done.has(d));
  }

  private async bySource(directiveId: string, sourceId: string): Promise<AuditEntry | null> {
    const row = await this.entriesModel.findOne({ directiveId, dedupKey: sourceId }).lean<StoredEntry>();
    return row ? strip(row) : null;
  }

  private async checkpoint(entry: AuditEntry): Promise<void> {
    try {
      await this.checkpointsModel.collection.insertOne({
        directiveId: entry.directiveId,
        seq: entry.seq,
        hash: entry.hash,
        at: new Date().toISOString(),
        ...(entry.seal ? { seal: entry.seal } : {}),
      });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
  }
}

function strip(row: StoredEntry & { _id?: unknown }): AuditEntry {
  const { _id: _ignored, dedupKey: _d, recordedAt: _r, ...entry } = row;
  return entry;
}
