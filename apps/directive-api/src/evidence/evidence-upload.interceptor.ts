import { APP_CONFIG } from '@dondoc/app-kit';
import {
  BadRequestException,
  Inject,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import type { ApiConfig } from '../api.config';
import type { Principal } from '../auth/principal';
import { TaskService } from '../tasks/task.service';
import { evidenceBadForm, evidenceTooLarge } from './evidence.errors';

/**
 * Receives one evidence file (multipart field `file`), AFTER checking that the caller may
 * report on the task: another unit's upload is refused (403) before a byte is read. Multer
 * (Nest's own upload handling) stops reading at EVIDENCE_MAX_BYTES; its refusals are said
 * in Vietnamese and English here.
 */
@Injectable()
export class EvidenceUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(
    @Inject(APP_CONFIG) private readonly config: ApiConfig,
    private readonly tasks: TaskService,
  ) {
    const Multer = FileInterceptor('file', {
      // No storage named: multer keeps the file in memory (at most EVIDENCE_MAX_BYTES), then GridFS takes it.
      limits: { fileSize: config.EVIDENCE_MAX_BYTES, files: 1, fields: 5, parts: 6 },
      // File names in UTF-8 ("Báo cáo.pdf"), as browsers send them.
      defParamCharset: 'utf8',
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<{ principal: Principal; params: { id: string } }>();
    await this.tasks.assertCanReport(req.principal, req.params.id);
    try {
      return await this.multer.intercept(context, next);
    } catch (e) {
      if (e instanceof PayloadTooLargeException) throw evidenceTooLarge(this.config.EVIDENCE_MAX_BYTES);
      if (e instanceof BadRequestException) throw evidenceBadForm(e.message);
      throw e;
    }
  }
}
