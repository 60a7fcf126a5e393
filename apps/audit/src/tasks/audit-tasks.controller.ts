import type { AsOfService, MongoHistoryArchive } from '@dondoc/audit';
import { Controller, Get, Inject, Param, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AS_OF, HISTORY_ARCHIVE } from '../audit.tokens';
import { AuditorGuard } from '../auth/auditor.guard';
import { NotFoundError } from '../common/audit-http.errors';
import type { HttpResponse } from '@dondoc/app-kit';
import { idParam, instantParam } from '../common/params';
import { auditTimeline } from './task-timeline';

/** A task as the archive remembers it: timeline, raw histories, state at any past instant. Read-only. */
@ApiTags('audit: tasks')
@ApiBearerAuth()
@ApiResponse({ status: 400, description: 'Tham số không hợp lệ; `field` nêu tham số sai' })
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@ApiResponse({ status: 403, description: 'Không phải kiểm toán viên' })
@ApiResponse({ status: 404, description: 'Không có lịch sử lưu trữ của nhiệm vụ' })
@UseGuards(AuditorGuard)
@Controller('v1/audit/tasks')
export class AuditTasksController {
  constructor(
    @Inject(HISTORY_ARCHIVE) private readonly archive: MongoHistoryArchive,
    @Inject(AS_OF) private readonly asOf: AsOfService,
  ) {}

  @Get(':id/timeline')
  @ApiOperation({ summary: 'Diễn biến nhiệm vụ (tiếng Việt), từ mọi lượt chạy đã lưu trữ' })
  @ApiParam({ name: 'id', description: 'Mã nhiệm vụ' })
  async timeline(@Param('id') id: string) {
    const taskId = idParam('id', id);
    const view = await this.asOf.timeline(taskId);
    if (view.archivedRuns.length === 0 && view.lines.length === 0)
      throw new NotFoundError(`Không có lịch sử của nhiệm vụ ${taskId} (no history of task ${taskId})`);
    return {
      taskId,
      directiveId: view.directiveId,
      directiveNumber: view.directiveNumber,
      // Runs so far, the live one included; `archivedRuns` of them are in the archive.
      runs: view.archivedRuns.length + (view.liveRunId ? 1 : 0),
      archivedRuns: view.archivedRuns.length,
      liveRunId: view.liveRunId,
      lines: auditTimeline(view.lines, view.archivedRuns),
    };
  }

  @Get(':id/histories')
  @ApiOperation({ summary: 'Các lịch sử quy trình đã lưu trữ (mỗi lượt chạy một tệp JSON, kèm SHA-256)' })
  @ApiParam({ name: 'id', description: 'Mã nhiệm vụ' })
  async histories(@Param('id') id: string) {
    const taskId = idParam('id', id);
    const runs = await this.runs(taskId);
    return {
      taskId,
      runs: runs.map((r) => ({ ...r, download: `/v1/audit/tasks/${encodeURIComponent(taskId)}/histories/${r.runId}` })),
    };
  }

  @Get(':id/histories/:runId')
  @ApiOperation({ summary: 'Tải lịch sử của một lượt chạy: JSON gốc, đúng các byte đã băm (X-Content-SHA256)' })
  @ApiParam({ name: 'id', description: 'Mã nhiệm vụ' })
  @ApiParam({ name: 'runId', description: 'Mã lượt chạy (Temporal run id)' })
  async download(@Param('id') id: string, @Param('runId') runIdParam: string, @Res() response: HttpResponse): Promise<void> {
    const taskId = idParam('id', id);
    const runId = idParam('runId', runIdParam);
    const stored = await this.archive.historyBytes(runId);
    if (!stored || stored.meta.taskId !== taskId) throw new NotFoundError(`Không có lượt chạy ${runId} của nhiệm vụ ${taskId}`);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${taskId.replace(/[^A-Za-z0-9._-]/g, '_')}.run-${stored.meta.runIndex}.json"`,
    );
    response.setHeader('X-Content-SHA256', stored.meta.sha256);
    response.status(200).send(stored.json);
  }

  @Get(':id/state')
  @ApiOperation({ summary: 'Trạng thái nhiệm vụ tại một thời điểm trong quá khứ, kèm phiên bản lịch làm việc và sơ đồ tổ chức' })
  @ApiParam({ name: 'id', description: 'Mã nhiệm vụ' })
  @ApiQuery({
    name: 'asOf',
    description: 'Thời điểm ISO-8601, vd. 2022-03-28T10:00:00+07:00 (một ngày = cuối ngày giờ Việt Nam)',
    required: true,
  })
  async state(@Param('id') id: string, @Query('asOf') asOfParam?: string) {
    const taskId = idParam('id', id);
    const at = instantParam('asOf', asOfParam);
    const state = await this.asOf.stateAt(taskId, at);
    if (!state)
      throw new NotFoundError(`Không có trạng thái của nhiệm vụ ${taskId} vào thời điểm ${at} (chưa giao, hoặc không có lịch sử)`);
    return state;
  }

  private async runs(taskId: string) {
    const runs = await this.archive.runsOfTask(taskId);
    if (runs.length === 0) throw new NotFoundError(`Không có lịch sử lưu trữ của nhiệm vụ ${taskId}`);
    return runs;
  }
}
