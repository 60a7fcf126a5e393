import { directiveDraftSchema, withdrawDirectiveSchema, type DirectiveDraft } from '@dondoc/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import type { HttpResponse } from '@dondoc/app-kit';
import { DIRECTIVE_STATUSES } from '@dondoc/persistence';
import { openApiSchema } from '../common/openapi-schema';
import { ApiPaged, pagedQuery, pageOf, sendTotal } from '../common/paging';
import { ZodPipe } from '../common/zod-body.pipe';
import { DirectiveService, type DirectiveListItem, type DirectiveView } from './directive.service';

const DIRECTIVE_SORT_FIELDS = ['date', 'number', 'subject', 'issuedAt', 'createdAt', 'status'] as const;
const listQuery = z
  .object({
    status: z.enum(DIRECTIVE_STATUSES).optional(),
    /** Words of the number, subject or task texts, with or without diacritics. */
    q: z.string().trim().min(1).max(200).optional(),
    ...pagedQuery(DIRECTIVE_SORT_FIELDS, { sort: '-date', pageSize: 50, maxPageSize: 200 }),
  })
  .strict();
const idParam = z.string().regex(/^[a-z0-9-]{1,200}$/, { message: 'expected a directive id (lowercase letters, digits, dashes)' });

@ApiTags('directives')
@ApiBearerAuth()
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@ApiResponse({ status: 403, description: 'Ngoài vai trò hoặc phạm vi đơn vị' })
@Controller('v1/directives')
export class DirectivesController {
  constructor(private readonly directives: DirectiveService) {}

  @Post()
  @ApiOperation({ summary: 'Tạo dự thảo văn bản chỉ đạo (draft a directive)' })
  @ApiBody({ schema: openApiSchema(directiveDraftSchema) })
  @ApiResponse({ status: 201, description: 'Dự thảo đã tạo' })
  @ApiResponse({ status: 400, description: 'Dữ liệu không hợp lệ; `problems` nêu từng trường sai' })
  @ApiResponse({ status: 409, description: 'Số văn bản đã tồn tại' })
  draft(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(directiveDraftSchema)) body: DirectiveDraft): Promise<DirectiveView> {
    return this.directives.draft(principal, body);
  }

  @Post(':id/issue')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ban hành: lưu văn bản và các sự kiện (directive.issued, task.assigned) trong một lần ghi' })
  @ApiResponse({ status: 404, description: 'Không có văn bản' })
  @ApiResponse({ status: 409, description: 'Không phải dự thảo' })
  issue(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ZodPipe(idParam, 'path parameter id')) id: string,
  ): Promise<DirectiveView> {
    return this.directives.issue(principal, id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thu hồi văn bản; mọi nhiệm vụ của nó bị hủy' })
  @ApiBody({ schema: openApiSchema(withdrawDirectiveSchema) })
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ZodPipe(idParam, 'path parameter id')) id: string,
    @Body(new ZodPipe(withdrawDirectiveSchema)) body: { reason: string },
  ): Promise<DirectiveView> {
    return this.directives.withdraw(principal, id, body.reason);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Văn bản và tiến độ thực hiện (from the read models)' })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ZodPipe(idParam, 'path parameter id')) id: string,
  ): Promise<DirectiveView> {
    return this.directives.get(principal, id);
  }

  @Get()
  @ApiOperation({
    summary: 'Danh sách văn bản (trong phạm vi của người gọi)',
    description:
      'Mỗi dòng: số, ngày, trích yếu, trạng thái và tiến độ (progress), không kèm nội dung các nhiệm vụ và danh sách giao việc; ' +
      'xem GET /v1/directives/{id} (each row without its tasks and assignments; GET /v1/directives/{id} has them)',
  })
  @ApiQuery({ name: 'status', required: false, enum: DIRECTIVE_STATUSES })
  @ApiPaged(DIRECTIVE_SORT_FIELDS, { search: 'Tìm trong số, trích yếu và nội dung nhiệm vụ; có dấu hoặc không dấu' })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query(new ZodPipe(listQuery, 'query')) query: z.infer<typeof listQuery>,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<DirectiveListItem[]> {
    const page = pageOf(query, 50);
    const { items, total } = await this.directives.list(principal, {
      status: query.status,
      search: query.q,
      sort: { [query.sort.field]: query.sort.direction },
      limit: page.limit,
      offset: page.skip,
    });
    sendTotal(res, total);
    return items;
  }
}
