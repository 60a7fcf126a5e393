import type { HttpResponse } from '@dondoc/app-kit';
import {
  ASSESSMENT_STORE,
  ORG_CHART_STORE,
  REPORT_COUNTS,
  REPORT_SOURCE,
  type AssessmentStore,
  type OrgChartStore,
  type ReportCountsRepository,
  type ReportSourceReader,
} from '@dondoc/persistence';
import {
  COUNT_KEYS,
  ReportSubjectNotFound,
  buildSummary,
  summaryItems,
  summaryItemsRequestSchema,
  summaryRequestSchema,
  type ItemsPage,
  type ReportSummary,
  type SummaryDeps,
  type SummaryItemsRequest,
  type SummaryRequest,
} from '@dondoc/reports';
import { Controller, ForbiddenException, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { UnitScopeService } from '../auth/unit-scope.service';
import { sendTotal, TOTAL_COUNT_HEADER } from '../common/paging';
import { NotFoundError } from '../common/not-found.error';
import { ZodPipe } from '../common/zod-body.pipe';

/**
 * The leader's dashboard: a period's numbers in the official taxonomy (no items), and one
 * page of the items behind one number. "Now" reads the counts read model kept by the task
 * projection; a past date is computed in full, as GET /v1/reports computes it.
 */
@ApiTags('reports')
@ApiBearerAuth()
@ApiResponse({ status: 400, description: 'Tham số không hợp lệ; `problems` nêu từng tham số sai (invalid parameters)' })
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@ApiResponse({ status: 403, description: 'Ngoài phạm vi đơn vị: thủ trưởng, chuyên viên chỉ xem số liệu đơn vị mình (unitId)' })
@Controller('v1/reports/summary')
export class ReportSummaryController {
  private readonly deps: SummaryDeps;

  constructor(
    @Inject(REPORT_SOURCE) source: ReportSourceReader,
    @Inject(REPORT_COUNTS) counts: ReportCountsRepository,
    @Inject(ORG_CHART_STORE) orgCharts: OrgChartStore,
    @Inject(ASSESSMENT_STORE) assessments: AssessmentStore,
    private readonly scope: UnitScopeService,
  ) {
    this.deps = { source, rows: source, counts, orgCharts, assessments };
  }

  @Get()
  @ApiOperation({
    summary:
      'Số liệu tổng hợp của kỳ (không kèm danh sách nhiệm vụ): bốn nhóm, theo đơn vị, ma trận đơn vị × tháng, báo cáo vượt cấp đang chờ',
    description:
      'Không nêu asOf (hiện tại) trong kỳ đang diễn ra: đọc bảng số liệu tổng hợp được cập nhật theo từng thay đổi của nhiệm vụ (nhanh). ' +
      'asOf là thời điểm đã qua, hoặc kỳ đã kết thúc: tính đầy đủ từ các nhiệm vụ như GET /v1/reports (chậm hơn). `source` cho biết cách tính.',
  })
  @ApiQuery({ name: 'period', required: true, description: "'YYYY-MM' (tháng), 'YYYY-Qn' (quý) hoặc 'YYYY' (năm)", example: '2026' })
  @ApiQuery({ name: 'unitId', required: false, description: 'Chỉ một đơn vị (bắt buộc với thủ trưởng, chuyên viên)' })
  @ApiQuery({ name: 'asOf', required: false, description: 'Số liệu tại thời điểm (ISO 8601 có múi giờ); mặc định: hiện tại' })
  async summary(
    @CurrentPrincipal() p: Principal,
    @Query(new ZodPipe(summaryRequestSchema, 'query')) q: SummaryRequest,
  ): Promise<ReportSummary> {
    await this.assertScope(p, q.unitId);
    try {
      return await buildSummary(this.deps, q);
    } catch (e) {
      if (e instanceof ReportSubjectNotFound) throw new NotFoundError(e.message);
      throw e;
    }
  }

  @Get('items')
  @ApiOperation({
    summary: 'Một trang các nhiệm vụ đứng sau một con số của bảng tổng hợp (tại thời điểm hiện tại)',
    description:
      'count: nhóm số liệu; unitId, month: thu hẹp theo đơn vị, tháng; escalated=true: báo cáo vượt cấp đang chờ. ' +
      `Tổng số trong \`total\` và tiêu đề ${TOTAL_COUNT_HEADER}.`,
  })
  @ApiQuery({ name: 'period', required: true, description: "'YYYY-MM', 'YYYY-Qn' hoặc 'YYYY'" })
  @ApiQuery({ name: 'count', required: true, enum: COUNT_KEYS })
  @ApiQuery({ name: 'unitId', required: false })
  @ApiQuery({ name: 'month', required: false, description: "'YYYY-MM', một tháng của kỳ" })
  @ApiQuery({ name: 'escalated', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'page', required: false, type: Number, description: 'Trang, từ 1 (page, from 1)' })
  @ApiQuery({ name: 'pageSize', required: false, type: Number, description: 'Số dòng mỗi trang, 1 đến 200 (rows per page)' })
  async items(
    @CurrentPrincipal() p: Principal,
    @Query(new ZodPipe(summaryItemsRequestSchema, 'query')) q: SummaryItemsRequest,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<ItemsPage> {
    await this.assertScope(p, q.unitId);
    const page = await summaryItems(this.deps, q);
    sendTotal(res, page.total);
    return page;
  }

  /** As GET /v1/reports: unit heads and assignees see their own units only; issuers, leaders, auditors, admins all. */
  private async assertScope(p: Principal, unitId: string | undefined): Promise<void> {
    const confined = await this.scope.unitsOf(p);
    if (!confined) return;
    if (!unitId) {
      throw new ForbiddenException(
        `Vai trò ${p.role} chỉ xem số liệu của đơn vị mình: nêu unitId (only your own unit's figures for role ${p.role})`,
      );
    }
    await this.scope.assertUnit(p, unitId);
  }
}
