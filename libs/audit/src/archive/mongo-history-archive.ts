import type { Connection, Model } from 'mongoose';
import { sha256Hex } from '../canonical/sha256';
import { isDuplicateKey } from '@dondoc/persistence';
import type { ArchivedRun, ArchivedRunMeta, ArchiveScope, HistoryIntegrity } from './archived-run.types';
import { archivedRunSchema } from './archived-run.schema';
import { decodeHistoryBytes, encodeHistory, GZIP_THRESHOLD_BYTES } from './history-codec';
import { summariseRun } from './run-summary';

type Row = ArchivedRun & { _id: string };

const WITHOUT_BODY = { body: 0 } as const;

/**
 * Archived workflow histories in MongoDB, one document per closed run (the chain of runs
 * of a task is linked by previousRunId/nextRunId, read from the histories themselves).
 * Stores and reads; nothing here rewrites a stored run.
 */
export class MongoHistoryArchive {
  readonly model: Model<Row>;

  constructor(
    connection: Connection,
    private readonly options: { gzipAboveBytes?: number } = {},
  ) {
    this.model = (connection.models.ArchivedRun as Model<Row> | undefined) ?? connection.model<Row>('ArchivedRun', archivedRunSchema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  async has(runId: string): Promise<boolean> {
    return (await this.model.exists({ _id: runId })) !== null;
  }

  /** Stores a closed run's plain-JSON history; a run already stored is left as it is. */
  async store(workflowId: string, plainHistory: unknown): Promise<{ meta: ArchivedRunMeta; created: boolean }> {
    const summary = summariseRun(plainHistory);
    if (!summary.closeType) throw new Error(`run ${summary.runId} of ${workflowId} is still open: only closed runs are archived`);
    const encoded = encodeHistory(plainHistory, this.options.gzipAboveBytes ?? GZIP_THRESHOLD_BYTES);
    const run: ArchivedRun = { ...summary, workflowId, ...encoded, archivedAt: new Date().toISOString() };
    try {
      await this.model.collection.insertOne({ _id: run.runId, ...run } as never);
      return { meta: withoutBody(run), created: true };
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      const existing = await this.meta(run.runId);
      if (!existing) throw e;
      return { meta: existing, created: false };
    }
  }

  async meta(runId: string): Promise<ArchivedRunMeta | null> {
    const row = await this.model.findById(runId, WITHOUT_BODY).lean<Row>();
    return row ? fromRow(row) : null;
  }

  async load(runId: string): Promise<ArchivedRun | null> {
    const row = await this.model.findById(runId).lean<Row>();
    return row ? { ...fromRow(row), body: toBuffer(row.body) } : null;
  }

  /** The archived JSON bytes exactly as hashed (for downloads and replay). */
  async historyBytes(runId: string): Promise<{ meta: ArchivedRunMeta; json: Buffer } | null> {
    const run = await this.load(runId);
    return run ? { meta: withoutBody(run), json: decodeHistoryBytes(run.body, run.encoding) } : null;
  }

  /** Runs in scope, by task and then by position in the task's chain. */
  async list(scope: ArchiveScope): Promise<ArchivedRunMeta[]> {
    const rows = await this.model.find(filterOf(scope), WITHOUT_BODY).sort({ taskId: 1, runIndex: 1 }).lean<Row[]>();
    return rows.map(fromRow);
  }

  /** The task's last run is archived: it ended the follow-up rather than continuing as new. */
  async hasFinalRun(taskId: string): Promise<boolean> {
    return (
      (await this.model.exists({ taskId, closeType: { $in: ['completed', 'cancelled', 'failed', 'terminated', 'timed-out'] } })) !== null
    );
  }

  async runsOfTask(taskId: string): Promise<ArchivedRunMeta[]> {
    return this.list({ taskId });
  }

  /** The directive id for a directive number ('907/UBND-NV'), as the archived histories know it. */
  async directiveIdByNumber(directiveNumber: string): Promise<string | null> {
    const row = await this.model.findOne({ directiveNumber }, { directiveId: 1 }).lean<{ directiveId: string | null }>();
    return row?.directiveId ?? null;
  }

  /** Recomputes the SHA-256 of a stored body and compares it with the recorded (or expected) one. */
  async checkIntegrity(runId: string, expectedSha256?: string): Promise<HistoryIntegrity> {
    const run = await this.load(runId);
    if (!run)
      return {
        runId,
        taskId: null,
        ok: false,
        expectedSha256: expectedSha256 ?? '',
        actualSha256: null,
        problem: 'Không tìm thấy lịch sử đã lưu (archived history missing).',
      };
    const expected = expectedSha256 ?? run.sha256;
    let actual: string | null = null;
    try {
      actual = sha256Hex(decodeHistoryBytes(run.body, run.encoding));
    } catch {
      return {
        runId,
        taskId: run.taskId,
        ok: false,
        expectedSha256: expected,
        actualSha256: null,
        problem: 'Không giải nén được lịch sử đã lưu (body corrupted).',
      };
    }
    const problems: string[] = [];
    if (actual !== run.sha256) problems.push('nội dung không khớp mã SHA-256 đã ghi (content does not match recorded SHA-256)');
    if (run.sha256 !== expected)
      problems.push('mã SHA-256 đã ghi khác mã trong nhật ký kiểm toán (recorded SHA-256 differs from the audit trail)');
    return {
      runId,
      taskId: run.taskId,
      ok: problems.length === 0,
      expectedSha256: expected,
      actualSha256: actual,
      ...(problems.length ? { problem: `Lịch sử bị thay đổi: ${problems.join('; ')}.` } : {}),
    };
  }
}

function filterOf(scope: ArchiveScope): Record<string, unknown> {
  if ('directiveId' in scope) return { directiveId: scope.directiveId };
  if ('unitId' in scope) return { unitIds: scope.unitId };
  if ('taskId' in scope) return { taskId: scope.taskId };
  return {};
}

function fromRow(row: Row): ArchivedRunMeta {
  const { _id: _ignored, body: _body, ...meta } = row as Row & { body?: unknown };
  return meta;
}

function withoutBody(run: ArchivedRun): ArchivedRunMeta {
  const { body: _body, ...meta } = run;
  return meta;
}

/** lean() gives BSON Binary, not Buffer. */
function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value);
  const binary = value as { buffer?: Uint8Array; value?: () => Uint8Array };
  if (binary.buffer instanceof Uint8Array) return Buffer.from(binary.buffer);
  throw new Error('archived body is not binary data');
}
