import { Schema, type Connection, type Model } from 'mongoose';
import type { OutboxEntry } from './directive.record';

// A directive's issue events live in chunk documents beside it, not in it: a national
// directive (~20,000 tasks, ~37 MB of events) is twice the store's 16 MiB document limit.
// Chunks are written BEFORE the issue's one conditional write, under a fresh issue id; the
// winner's write names its issue id (`outboxChunks` in the directive), so only its chunks
// are ever read. A loser's chunks carry the loser's issue id: it deletes them, and any it
// could not delete (a crash) are never read. Every lookup is by `_id`.

/** The directive's pointer to its issue's chunks: which issue won, and how many events each chunk holds, in order. */
export interface OutboxChunkManifest {
  issueId: string;
  sizes: number[];
}

interface OutboxChunk {
  _id: string;
  directiveId: string;
  issueId: string;
  n: number;
  entries: OutboxEntry[];
}

/**
 * At most this many events and bytes per chunk: the relay sends one chunk per claim (a
 * bounded Kafka request and lease), and a chunk stays far below the document limit.
 */
export const OUTBOX_CHUNK_EVENTS = 500;
export const OUTBOX_CHUNK_BYTES = 1024 * 1024;

const chunkSchema = new Schema(
  { _id: String, directiveId: String, issueId: String, n: Number, entries: { type: [Schema.Types.Mixed], default: [] } },
  { versionKey: false, collection: 'directive_outbox_chunks', minimize: false },
);

export const chunkIdOf = (directiveId: string, issueId: string, n: number) => `${directiveId}:${issueId}:${n}`;

/** `entries` cut in order into chunks of at most `maxEvents` events and about `maxBytes` of event JSON (one event at least). */
export function chunksOf(entries: readonly OutboxEntry[], maxEvents = OUTBOX_CHUNK_EVENTS, maxBytes = OUTBOX_CHUNK_BYTES): OutboxEntry[][] {
  const chunks: OutboxEntry[][] = [];
  let current: OutboxEntry[] = [];
  let bytes = 0;
  for (const e of entries) {
    const size = e.value.length + e.eventId.length + e.key.length + e.topic.length + e.type.length;
    if (current.length > 0 && (current.length >= maxEvents || bytes + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(e);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export class DirectiveOutboxChunks {
  readonly model: Model<OutboxChunk>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.DirectiveOutboxChunk as Model<OutboxChunk> | undefined) ??
      connection.model<OutboxChunk>('DirectiveOutboxChunk', chunkSchema);
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  /** Writes `chunks` (from `chunksOf`) under one issue attempt's id. */
  async write(directiveId: string, issueId: string, chunks: readonly OutboxEntry[][]): Promise<void> {
    // One insert per chunk, a few at once: a batch of all chunks would be one ~40 MB request.
    for (let i = 0; i < chunks.length; i += 4) {
      await this.model.insertMany(
        chunks.slice(i, i + 4).map((c, j) => ({ _id: chunkIdOf(directiveId, issueId, i + j), directiveId, issueId, n: i + j, entries: c })),
        { ordered: true, lean: true },
      );
    }
  }

  /** The entries of chunk `n` of the winning issue (throws if it is missing: never skip an event). */
  async read(directiveId: string, manifest: OutboxChunkManifest, n: number): Promise<OutboxEntry[]> {
    const chunk = await this.model.findById(chunkIdOf(directiveId, manifest.issueId, n), { entries: 1 }).lean<{ entries: OutboxEntry[] }>();
    if (!chunk) throw new Error(`outbox chunk ${chunkIdOf(directiveId, manifest.issueId, n)} is missing`);
    return chunk.entries;
  }

  /** Deletes a losing issue attempt's chunks, one point delete each (`_id $in` is not a point lookup on every store). */
  async discard(directiveId: string, manifest: OutboxChunkManifest): Promise<void> {
    for (let n = 0; n < manifest.sizes.length; n++) await this.model.deleteOne({ _id: chunkIdOf(directiveId, manifest.issueId, n) });
  }
}

/** Where event number `index` of the chunked outbox lies: chunk `n`, at `offset` in it (null: past the chunks). */
export function locateInChunks(sizes: readonly number[], index: number): { n: number; offset: number } | null {
  let start = 0;
  for (let n = 0; n < sizes.length; n++) {
    if (index < start + sizes[n]) return { n, offset: index - start };
    start += sizes[n];
  }
  return null;
}
