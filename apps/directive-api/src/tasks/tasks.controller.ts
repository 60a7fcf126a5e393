import type { TaskSnapshot } from '@dondoc/workflows';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { actorOf, type Principal } from '../auth/principal';
import type { HttpResponse } from '../common/http.types';
import { openApiSchema } from '../common/openapi-schema';
import { ApiPaged, sendTotal } from '../common/paging';
import { RequestId } from '../common/request-id';
import { ZodPipe } from '../common/zod-body.pipe';
import {
  acknowledgeBody,
  approveBody,
  extensionDecisionBody,
  extensionRequestBody,
  pauseBody,
  progressBody,
  reassignBody,
  refuseBody,
  resumeBody,
  returnBody,
  submitBody,
  TASK_SORT_FIELDS,
  taskListQuery,
  type TaskListQuery,
} from './task-commands.schema';
import { EvidenceService } from '../evidence/evidence.service';
import { TaskService, type TaskSummary } from './task.service';

type Body<S extends z.ZodType> = z.infer<S>;

/** Commands answer with the workflow's verdict: 200 + new snapshot, or 409 with its reason. */
@ApiTags('tasks')
@ApiBearerAuth()
@ApiResponse({ status: 400, description: 'Dữ liệu không hợp lệ; `problems` nêu từng trường sai' })
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@ApiResponse({ status: 403, description: 'Ngoài vai trò hoặc phạm vi đơn vị' })
@ApiResponse({ status: 404, description: 'Không có nhiệm vụ' })
@Controller('v1/tasks')
export class TasksController {
  constructor(
    private readonly tasks: TaskService,
    private readonly evidence: EvidenceService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách nhiệm vụ từ mô hình đọc (lọc theo văn bản, đơn vị, trạng thái; asOf: tình trạng tại thời điểm); leadUnitName bên cạnh leadUnitId' })
  @ApiPaged(TASK_SORT_FIELDS, { search: 'Tìm trong nội dung nhiệm vụ, số văn bản, mục; có dấu hoặc không dấu ("ra soat" tìm thấy "rà soát")' })
  @ApiQuery({ name: 'directiveId', required: false, type: String })
  @ApiQuery({ name: 'unitId', required: false, type: String })
  @ApiQuery({ name: 'status', required: false, type: String })
  @ApiQuery({ name: 'asOf', required: false, type: String })
  async list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(taskListQuery, 'query')) q: TaskListQuery, @Res({ passthrough: true }) res: HttpResponse): Promise<TaskSummary[]> {
    const { items, total } = await this.tasks.list(p, q);
    sendTotal(res, total);
    return items;
  }

  @Get(':id')
  @ApiOperation({ summary: 'Nhiệm vụ: trạng thái và diễn biến (timeline tiếng Việt)' })
  get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.tasks.get(p, id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tiếp nhận nhiệm vụ' })
  @ApiBody({ schema: openApiSchema(acknowledgeBody) })
  @ApiResponse({ status: 409, description: 'Quy trình từ chối lệnh (lý do kèm theo)' })
  acknowledge(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body(new ZodPipe(acknowledgeBody)) b: Body<typeof acknowledgeBody>, @RequestId() rid: string): Promise<TaskSnapshot> {
    return this.tasks.command(p, id, 'acknowledge', { ...b, actor: actorOf(p), requestId: rid });
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @ApiOperation({ summary: 'Từ chối nhiệm vụ (nêu lý do)' })
  @ApiBody({ schema: openApiSchema(refuseBody) })
  refuse(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body(new ZodPipe(refuseBody)) b: Body<typeof refuseBody>, @RequestId() rid: string): Promise<TaskSnapshot> {
    return this.tasks.command(p, id, 'refuse', { ...b, actor: actorOf(p), requestId: rid });
  }

  @Post(':id/progress')
  @HttpCode(200)
  @ApiOperation({ summary: 'Báo cáo tiến độ (phần trăm, ghi chú, tệp minh chứng đã tải lên qua fileIds)' })
  @ApiBody({ schema: openApiSchema(progressBody) })
  async progress(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body(new ZodPipe(progressBody)) b: Body<typeof progressBody>, @RequestId() rid: string): Promise<TaskSnapshot> {
    return this.tasks.command(p, id, 'reportProgress', { ...(await this.evidence.withFiles(id, b)), actor: actorOf(p), requestId: rid });
  }

  @Post(':id/extension-requests')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đề nghị gia hạn' })
  @ApiBody({ schema: openApiSchema(extensionRequestBody) })
  requestExtension(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body(new ZodPipe(extensionRequestBody)) b: Body<typeof extensionRequestBody>, @RequestId() rid: string): Promise<TaskSnapshot> {
    return this.tasks.command(p, id, 'requestExtension', { ...b, actor: actorOf(p), requestId: rid });
  }

  @Post(':id/extension-requests/:rid/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Quyết định gia hạn (đồng ý / không đồng ý)' })
  @ApiBody({ schema: openApiSchema(extensionDecisionBody) })
  decideExtension(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Param('rid') requestId: string, @Body(new ZodPipe(extensionDecisionBody)) b: Body<typeof extensionDecisionBody>): Promise<TaskSnapshot> {
    return this.tasks.command(p, id, 'decideExtension', { ...b, requestId, actor: actorOf(p) });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Báo cáo hoàn thành (tóm tắt, tệp minh chứng qua fileIds)' })
  @ApiBody({ schema: openApiSchema(submitBody) })
  async submit(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body(new ZodPipe(submitBody)) b: Body<typeof submitBody>, @RequestId() rid: string): Promise<TaskSnapshot> {
    return this.tasks.command(p, id, 'submitCompletion', { ...(await this.evidence.withFiles(id, b)), actor: actorOf(p), requestId: rid });
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Phê duyệt kết quả' })
  @ApiBody({ schema: openApiSchema(approveBody) })
  approve(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body(new ZodPipe(approveBody)) b: Body<typeof approveBody>, @RequestId() rid: string): Promise<TaskSnapshot> {
    return this.tasks.command(p, id, 'approveCompletion', { ...b, actor: actorOf(p), requestId: rid });
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trả lại để hoàn thiện' })
  @ApiBody({ schema: openApiSchema(returnBody) })
  returnForRework(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body(new ZodPipe(returnBody)) b: Body<typeof returnBody>, @RequestId() rid: string): Promise<TaskSnapshot> {
    return this.tasks.command(p, id, 'returnForRework', { ...b, actor: actorOf(p), requestId: rid });
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Giao lại cho đơn vị khác' })
  @ApiBody({ schema: openApiSchema(reassignBody) })
  reassign(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body(new ZodPipe(reassignBody)) b: Body<typeof reassignBody>, @RequestId() rid: string): Promise<TaskSnapshot> {
    return this.tasks.command(p, id, 'reassign', { ...b, actor: actorOf(p), requestId: rid });
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tạm dừng theo dõi' })
  @ApiBody({ schema: openApiSchema(pauseBody) })
  pause(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body(new ZodPipe(pauseBody)) b: Body<typeof pauseBody>, @RequestId() rid: string): Promise<TaskSnapshot> {
    return this.tasks.command(p, id, 'pause', { ...b, actor: actorOf(p), requestId: rid });
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tiếp tục theo dõi' })
  @ApiBody({ schema: openApiSchema(resumeBody) })
  resume(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body(new ZodPipe(resumeBody)) _b: Body<typeof resumeBody>, @RequestId() rid: string): Promise<TaskSnapshot> {
    return this.tasks.command(p, id, 'resume', { actor: actorOf(p), requestId: rid });
  }
}
