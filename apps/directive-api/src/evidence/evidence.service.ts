import { ContractViolation, problemLine } from '@dondoc/contracts';
import { EVIDENCE_FILE_STORE, type EvidenceFile, type EvidenceFileStore } from '@dondoc/persistence';
import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { Principal } from '../auth/principal';
import { NotFoundError } from '../common/not-found.error';
import { TaskService } from '../tasks/task.service';
import { evidenceEmpty, evidenceNotMultipart, evidenceTypeRefused } from './evidence.errors';
import { evidenceTypeOf } from './evidence-types';

/** A file as multer hands it over (memory storage). */
export interface ReceivedFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/** The link a report carries for an attached file (what `evidence[].ref` says). */
export const evidenceLink = (taskId: string, fileId: string) => `/v1/tasks/${encodeURIComponent(taskId)}/files/${fileId}`;

/**
 * Evidence files of a task: stored once, listed and downloaded under the task's own scope
 * rules (whoever may read the task may read its files; its lead unit adds them), and
 * named by reports through `fileIds`.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @Inject(EVIDENCE_FILE_STORE) private readonly files: EvidenceFileStore,
    private readonly tasks: TaskService,
  ) {}

  /** The scope was checked before the upload was read (EvidenceUploadInterceptor). */
  async store(principal: Principal, taskId: string, file: ReceivedFile | undefined): Promise<EvidenceFile> {
    if (!file) throw evidenceNotMultipart();
    if (file.size === 0) throw evidenceEmpty();
    const fileName = cleanName(file.originalname);
    const type = evidenceTypeOf(fileName, file.buffer);
    if (!type.ok) throw evidenceTypeRefused(fileName, type.reason, type.extension);
    return this.files.put({
      taskId,
      fileName,
      contentType: type.contentType,
      bytes: file.buffer,
      uploadedBy: { userId: principal.userId, unitId: principal.unitId },
    });
  }

  async list(
    principal: Principal,
    taskId: string,
    page: { skip: number; limit: number; direction: 1 | -1 },
  ): Promise<{ items: EvidenceFile[]; total: number }> {
    await this.tasks.assertCanRead(principal, taskId);
    return this.files.listOf(taskId, page);
  }

  async open(principal: Principal, taskId: string, fileId: string): Promise<{ file: EvidenceFile; stream: Readable }> {
    await this.tasks.assertCanRead(principal, taskId);
    const file = await this.files.find(fileId);
    // Another task's file is "not found" here: its existence is not this task's business.
    if (!file || file.taskId !== taskId)
      throw new NotFoundError(`Không tìm thấy tệp ${fileId} của nhiệm vụ ${taskId} (evidence file not found)`);
    return { file, stream: this.files.open(fileId) };
  }

  /**
   * A report's body with its `fileIds` turned into evidence references (name + link), each
   * checked to be a file of this task (400 naming the ones that are not).
   */
  async withFiles<B extends { fileIds?: string[]; evidence?: { title: string; ref: string }[] }>(
    taskId: string,
    body: B,
  ): Promise<Omit<B, 'fileIds'>> {
    const { fileIds, ...rest } = body;
    if (!fileIds?.length) return rest;
    const found = await Promise.all(fileIds.map((id) => this.files.find(id)));
    const attached = found.flatMap((f) => (f?.taskId === taskId ? [{ title: f.fileName, ref: evidenceLink(taskId, f.fileId) }] : []));
    const problems = fileIds.flatMap((id, i) =>
      found[i]?.taskId === taskId
        ? []
        : [
            problemLine(
              `fileIds.${i}`,
              `tệp ${id} không phải tệp minh chứng của nhiệm vụ này`,
              `file ${id} is not an evidence file of this task`,
            ),
          ],
    );
    if (problems.length) throw new ContractViolation('request body', problems);
    return { ...rest, evidence: [...(rest.evidence ?? []), ...attached] };
  }
}

// A regular expression of its own: the lint exception stays on its line however the code is laid out.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** The name without any folder a browser or a script put in front, and without control characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.replace(CONTROL_CHARACTERS, '').trim() ?? '';
  return base.slice(-200) || 'tep-minh-chung';
}
