import { ORG_CHART_STORE, type OrgChartStore } from '@dondoc/persistence';
import { previewRequestSchema, runPreview, type DirectivePreview, type PreviewRequest } from '@dondoc/reports';
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { openApiSchema } from '../common/openapi-schema';
import { ZodPipe } from '../common/zod-body.pipe';

/**
 * What a draft directive will ask of each unit over its life, before anyone signs it:
 * computed in process with the workflow's own state machine; no task is created.
 */
@ApiTags('directives')
@ApiBearerAuth()
@Controller('v1/directives/preview')
export class PreviewController {
  constructor(@Inject(ORG_CHART_STORE) private readonly orgCharts: OrgChartStore) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Xem trước một năm của dự thảo: lịch nhắc, hạn, đóng kỳ đánh giá, báo cáo vượt cấp (người nhận), kết quả đánh giá và xếp loại theo cách đơn vị thực hiện giả định',
    description:
      "behaviour: { kind: 'on_time' } | { kind: 'late', workingDays } | { kind: 'never' } | { kind: 'custom', reports: { '<kỳ>': '<thời điểm>' | null } }",
  })
  @ApiBody({ schema: openApiSchema(previewRequestSchema) })
  @ApiResponse({ status: 400, description: 'Dự thảo hoặc giả định không hợp lệ; `problems` nêu từng trường sai' })
  async preview(@Body(new ZodPipe(previewRequestSchema)) body: PreviewRequest): Promise<DirectivePreview> {
    return runPreview(body, { charts: await this.orgCharts.charts() });
  }
}
