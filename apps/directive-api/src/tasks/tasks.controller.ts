import type { HttpResponse } from '@dondoc/app-kit';
import { TASK_COMMAND_NAMES, taskCommandBody, taskCommandSpec, type TaskCommandName, type TaskSnapshot } from '@dondoc/task-follow-up';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { actorOf, type Principal } from '../auth/principal';
import { openApiSchema } from '../common/openapi-schema';
import { ApiPaged, sendTotal } from '../common/paging';
import { RequestId } from '../common/request-id';
import { ZodPipe } from '../common/zod-body.pipe';
import { EvidenceService } from '../evidence/evidence.service';
import { TASK_LIST_VIEWS, TASK_SORT_FIELDS, taskListQuery, type TaskListQuery } from './task-list.query';
import { TaskService, type CompactTaskSummary, type TaskSummary } from './task.service';
import { DUE_SOON_DAYS, OPEN_STATUSES, TODO_GROUPS } from './todo-groups';

/** Lists and reads here; one route per command of the command table, added below. Commands answer with the workflow's verdict: 200 + new snapshot, or 409 with its reason. */
@ApiTags('tasks')
@ApiBearerAuth()
@ApiResponse({ status: 400, description: 'Dữ liệu không hợp lệ; `problems` nêu từng trường sai' })
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@ApiResponse({ status: 403, description: 'Ngoài vai trò hoặc phạm vi đơn vị' })
@ApiResponse({ status: 404, description: 'Không có nhiệm vụ' })
@Controller('v1/tasks')
export class TasksController {
  // Not private: the command routes below are added to this class from the command table.
  constructor(
    readonly tasks: TaskService,
    readonly evidence: EvidenceService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Danh sách nhiệm vụ từ mô hình đọc (lọc theo văn bản, đơn vị, trạng thái; asOf: tình trạng tại thời điểm); leadUnitName bên cạnh leadUnitId',
  })
  @ApiPaged(TASK_SORT_FIELDS, {
    search: 'Tìm trong nội dung nhiệm vụ, số văn bản, mục; có dấu hoặc không dấu ("ra soat" tìm thấy "rà soát")',
  })
  @ApiQuery({ name: 'directiveId', required: false, type: String })
  @ApiQuery({ name: 'unitId', required: false, type: String })
  @ApiQuery({ name: 'status', required: false, type: String })
  @ApiQuery({ name: 'asOf', required: false, type: String })
  @ApiQuery({
    name: 'group',
    required: false,
    enum: TODO_GROUPS,
    description:
      'Một nhóm của trang "Việc cần làm" (one group of the to-do page): toAcknowledge = chờ tiếp nhận (status assigned); ' +
      `dueSoon = đang thực hiện, chưa quá hạn, hạn trong ${DUE_SOON_DAYS} ngày tới (open, not overdue, due within ${DUE_SOON_DAYS} days); ` +
      'overdue = đang thực hiện và quá hạn (open and overdue). Đang thực hiện (open) = ' +
      `${OPEN_STATUSES.join(', ')}. X-Total-Count là tổng của nhóm (the group's total). Không dùng cùng status (not with status).`,
  })
  @ApiQuery({
    name: 'view',
    required: false,
    enum: TASK_LIST_VIEWS,
    description:
      'compact: chỉ các trường một danh sách hiển thị (only the fields a list shows: taskId, directiveId, directiveNumber, itemRef, text, ' +
      'leadUnitId, leadUnitName, status, statusLabel, overdue, acknowledgeBy, dueAt); full (mặc định, default): cả trạng thái báo cáo, đơn vị phối hợp',
  })
  async list(
    @CurrentPrincipal() p: Principal,
    @Query(new ZodPipe(taskListQuery, 'query')) q: TaskListQuery,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<TaskSummary[] | CompactTaskSummary[]> {
    const { items, total } = await this.tasks.list(p, q);
    sendTotal(res, total);
    return items;
  }

  @Get(':id')
  @ApiOperation({ summary: 'Nhiệm vụ: trạng thái và diễn biến (timeline tiếng Việt)' })
  get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.tasks.get(p, id);
  }
}

/**
 * The command routes, derived from the command table (@dondoc/task-follow-up): for each
 * command with a route, `POST /v1/tasks/:id/<route>` with its body schema, OpenAPI summary
 * and body, answering the new snapshot. Uploaded evidence files named by `fileIds` become
 * evidence entries of the command. Path parameters named by the table are carried into the
 * input last, so they win over the body (an extension decision's `requestId`).
 */
function addCommandRoute(name: TaskCommandName): void {
  const spec = taskCommandSpec(name);
  if (!spec.route) return;
  const proto = TasksController.prototype as unknown as Record<string, unknown>;
  proto[name] = async function (
    this: TasksController,
    p: Principal,
    id: string,
    body: { fileIds?: string[] },
    rid: string,
    params: Record<string, string>,
  ): Promise<TaskSnapshot> {
    const carried = Object.fromEntries(Object.entries(spec.params).map(([param, field]) => [field, params[param]]));
    const withEvidence = body.fileIds ? await this.evidence.withFiles(id, body) : body;
    return this.tasks.command(p, id, name, { ...withEvidence, actor: actorOf(p), requestId: rid, ...carried } as never);
  };
  CurrentPrincipal()(proto, name, 0);
  Param('id')(proto, name, 1);
  Body(new ZodPipe(taskCommandBody(name)))(proto, name, 2);
  RequestId()(proto, name, 3);
  Param()(proto, name, 4);
  Reflect.defineMetadata('design:paramtypes', [Object, String, Object, String, Object], proto, name);
  const descriptor = Object.getOwnPropertyDescriptor(proto, name) as PropertyDescriptor;
  for (const decorate of [
    Post(`:id/${spec.route}`),
    HttpCode(200),
    ApiOperation({ summary: spec.summary }),
    ApiBody({ schema: openApiSchema(taskCommandBody(name)) }),
    ApiResponse({ status: 200, description: 'Lệnh được chấp nhận; trạng thái mới của nhiệm vụ' }),
    ApiResponse({ status: 409, description: 'Quy trình từ chối lệnh (lý do kèm theo)' }),
  ]) {
    decorate(proto, name, descriptor);
  }
}
TASK_COMMAND_NAMES.forEach(addCommandRoute);
