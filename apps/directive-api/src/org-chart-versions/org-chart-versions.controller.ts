import { orgChartVersionPublishSchema, type OrgChartVersionPublish } from '@dondoc/contracts';
import type { HttpResponse } from '@dondoc/app-kit';
import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { openApiSchema } from '../common/openapi-schema';
import { ApiPaged, pagedQuery, pageOf, sendTotal } from '../common/paging';
import { RequestId } from '../common/request-id';
import { ZodPipe } from '../common/zod-body.pipe';
import { z } from 'zod';
import { OrgChartVersionsService } from './org-chart-versions.service';

const LIST_PAGE = 20;
const listQuery = z.object(pagedQuery(['version'], { sort: 'version', pageSize: LIST_PAGE, maxPageSize: 200 })).strict();

/** Versions of the org chart with their succession maps, published after a reorganisation. */
@ApiTags('org-chart-versions')
@ApiBearerAuth()
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@Controller('v1/org-chart-versions')
export class OrgChartVersionsController {
  constructor(private readonly versions: OrgChartVersionsService) {}

  @Get()
  @ApiOperation({ summary: 'Các phiên bản sơ đồ tổ chức: hiệu lực, căn cứ, bản đồ kế thừa, đã chuyển nhiệm vụ chưa' })
  @ApiPaged(['version'])
  async list(@Query(new ZodPipe(listQuery, 'query')) q: z.infer<typeof listQuery>, @Res({ passthrough: true }) res: HttpResponse) {
    const { items, total } = await this.versions.list({ ...pageOf(q, LIST_PAGE), direction: q.sort.direction });
    sendTotal(res, total);
    return items;
  }

  @Post()
  @ApiOperation({
    summary:
      'Công bố phiên bản sơ đồ tổ chức mới; đến thời điểm hiệu lực, nhiệm vụ đang mở của đơn vị bị sáp nhập, chia tách được giao lại cho đơn vị kế thừa',
  })
  @ApiBody({ schema: openApiSchema(orgChartVersionPublishSchema) })
  @ApiResponse({ status: 201, description: 'Đã công bố; số phiên bản trong `version`' })
  @ApiResponse({
    status: 400,
    description:
      'Không hợp lệ: đơn vị kế thừa không có, vòng kế thừa, trùng thời gian hiệu lực, đơn vị còn nhiệm vụ mở mà không có đơn vị kế thừa (kèm danh sách)',
  })
  @ApiResponse({ status: 403, description: 'Chỉ quản trị viên (admin only)' })
  @ApiResponse({ status: 404, description: 'Không có sơ đồ tổ chức `chartId`' })
  @ApiResponse({ status: 409, description: 'Đã có phiên bản mới hơn `basedOn`' })
  publish(
    @CurrentPrincipal() p: Principal,
    @Body(new ZodPipe(orgChartVersionPublishSchema)) body: OrgChartVersionPublish,
    @RequestId() rid: string,
  ) {
    return this.versions.publish(p, body, rid);
  }
}
