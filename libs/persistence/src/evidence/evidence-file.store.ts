import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { mongo, type Connection } from 'mongoose';

/** What is kept beside an evidence file's bytes (GridFS `metadata`). */
export interface EvidenceFileMeta {
  taskId: string;
  contentType: string;
  /** SHA-256 of the bytes, hex: the same file attached twice is recognisable, and a download can be checked. */
  sha256: string;
  uploadedBy: { userId: string; unitId: string };
}

/** An evidence file as the API lists it. */
export interface EvidenceFile extends EvidenceFileMeta {
  fileId: string;
  fileName: string;
  size: number;
  uploadedAt: string;
}

interface FilesDoc {
  _id: mongo.ObjectId;
  filename: string;
  length: number;
  uploadDate: Date;
  metadata: EvidenceFileMeta;
}

const BUCKET = 'evidence';
const FILE_ID = /^[0-9a-f]{24}$/;

/**
 * Evidence files of tasks in GridFS (the MongoDB driver's standard file store, carried by
 * mongoose): the bytes in `evidence.chunks`, the name, size and task in `evidence.files`.
 * The same store as everything else, so no second server to run and back up; checked on
 * SecantusDB by test/integration/evidence.
 */
export class EvidenceFileStore {
  private readonly bucket: mongo.GridFSBucket;
  private readonly files: mongo.Collection<FilesDoc>;

  constructor(connection: Connection) {
    this.bucket = new mongo.GridFSBucket(connection.db as mongo.Db, { bucketName: BUCKET });
    this.files = (connection.db as mongo.Db).collection<FilesDoc>(`${BUCKET}.files`);
  }

  async init(): Promise<void> {
    // "The files of a task, newest first" (list, and the check that a referenced file is the task's).
    await this.files.createIndex({ 'metadata.taskId': 1, uploadDate: -1 });
  }

  async put(input: {
    taskId: string;
    fileName: string;
    contentType: string;
    bytes: Buffer;
    uploadedBy: EvidenceFileMeta['uploadedBy'];
  }): Promise<EvidenceFile> {
    const metadata: EvidenceFileMeta = {
      taskId: input.taskId,
      contentType: input.contentType,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      uploadedBy: input.uploadedBy,
    };
    const upload = this.bucket.openUploadStream(input.fileName, { metadata });
    await new Promise<void>((resolve, reject) =>
      upload
        .once('finish', () => resolve())
        .once('error', reject)
        .end(input.bytes),
    );
    const stored = await this.files.findOne({ _id: upload.id });
    if (!stored) throw new Error(`evidence file ${String(upload.id)} vanished after upload`);
    return toFile(stored);
  }

  async listOf(
    taskId: string,
    page: { skip: number; limit: number; direction?: 1 | -1 },
  ): Promise<{ items: EvidenceFile[]; total: number }> {
    const [docs, total] = await Promise.all([
      this.files
        .find({ 'metadata.taskId': taskId })
        .sort({ uploadDate: page.direction ?? -1, _id: page.direction ?? -1 })
        .skip(page.skip)
        .limit(page.limit)
        .toArray(),
      this.files.countDocuments({ 'metadata.taskId': taskId }),
    ]);
    return { items: docs.map(toFile), total };
  }

  /** The file, or null when the id is malformed or unknown. */
  async find(fileId: string): Promise<EvidenceFile | null> {
    if (!FILE_ID.test(fileId)) return null;
    const doc = await this.files.findOne({ _id: new mongo.ObjectId(fileId) });
    return doc ? toFile(doc) : null;
  }

  open(fileId: string): Readable {
    return this.bucket.openDownloadStream(new mongo.ObjectId(fileId));
  }
}

function toFile(doc: FilesDoc): EvidenceFile {
  return {
    fileId: doc._id.toHexString(),
    fileName: doc.filename,
    size: doc.length,
    uploadedAt: doc.uploadDate.toISOString(),
    ...doc.metadata,
  };
}

export const EVIDENCE_FILE_STORE = Symbol('EvidenceFileStore');
