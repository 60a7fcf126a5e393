import type { MongoHistoryArchive } from '@dondoc/audit';
import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HISTORY_ARCHIVE } from '../audit.tokens';
import { AuditorGuard } from '../auth/auditor.guard';
import { NotFoundError } from '../common/audit-http.errors';
import type { HttpRequest, HttpResponse } from '@dondoc/app-kit';
import { idParam } from '../common/params';
import { ReplayJobsService } from './replay-jobs.service';
import { parseReplayRequest, REPLAY_REQUEST_OPENAPI, scopeOf } from './replay-request.schema';

/** Deterministic replay of archived histories against the workflow code deployed now. */
@ApiTags('audit: replay')
@ApiBearerAuth()
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@ApiResponse({ status: 403, description: 'Không phải kiểm toán viên' })
@UseGuards(AuditorGuard)
@Controller('v1/audit/replay')
export class ReplayController {
  constructor(
    private readonly jobs: ReplayJobsService,
    @Inject(HISTORY_ARCHIVE) private readonly archive: MongoHistoryArchive,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Phát lại lịch sử (một văn bản, một đơn vị, một nhiệm vụ hoặc tất cả); trả về công việc để theo dõi tiến độ' })
  @ApiBody({ schema: REPLAY_REQUEST_OPENAPI })
  @ApiQuery({ name: 'wait', required: false, description: 'true: chờ xong rồi trả kết quả (phạm vi nhỏ)' })
  @ApiResponse({ status: 202, description: 'Đã bắt đầu; theo dõi tại Location' })
  @ApiResponse({ status: 200, description: 'Đã xong (wait=true)' })
  @ApiResponse({ status: 400, description: 'Phạm vi không hợp lệ; `field` nêu trường sai' })
  @ApiResponse({ status: 404, description: 'Không có văn bản với số hiệu này trong lưu trữ' })
  async start(
    @Body() body: unknown,
    @Query('wait') wait: string | undefined,
    @Req() request: HttpRequest,
    @Res() response: HttpResponse,
  ): Promise<void> {
    const replayRequest = parseReplayRequest(body);
    const scope = await scopeOf(replayRequest, (n) => this.archive.directiveIdByNumber(n));
    if (!scope) throw new NotFoundError(`Không có lịch sử lưu trữ của văn bản ${replayRequest.directiveNumber}`);
    const { job, done } = this.jobs.start(scope, request.principal?.userId ?? 'unknown');
    if (wait === 'true') {
      await done;
      response.status(200).json(job);
      return;
    }
    response.setHeader('Location', `/v1/audit/replay/${job.jobId}`);
    response.status(202).json(job);
  }

  @Get(':jobId')
  @ApiOperation({ summary: 'Tiến độ và kết quả một lần phát lại' })
  @ApiResponse({ status: 404, description: 'Không có công việc này (hoặc đã quá cũ)' })
  get(@Param('jobId') jobIdParam: string) {
    const job = this.jobs.get(idParam('jobId', jobIdParam));
    if (!job) throw new NotFoundError(`Không có lần phát lại ${jobIdParam}`);
    return job;
  }
}
