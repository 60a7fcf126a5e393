import {
  ASSESSMENT_STORE,
  ORG_CHART_STORE,
  REPORT_SOURCE,
  type AssessmentStore,
  type OrgChartStore,
  type ReportSourceReader,
} from '@dondoc/persistence';
import {
  CSV_TABLES,
  REPORT_CONTENT_TYPES,
  ReportSubjectNotFound,
  buildReport,
  renderReport,
  reportFileName,
  reportRequestSchema,
  type ReportRequest,
} from '@dondoc/reports';
import { Controller, ForbiddenException, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { UnitScopeService } from '../auth/unit-scope.service';
import { NotFoundError } from '../common/not-found.error';
import { ZodPipe } from '../common/zod-body.pipe';
import { SingleFlight } from './single-flight';

/**
 * Reports on task results (báo cáo kết quả thực hiện nhiệm vụ) for the province, a
 * directive or a unit over a month, quarter or year, as of any date; as JSON or as the
 * documents an office files (.docx per Nghị định 30/2020/NĐ-CP, .xlsx, .csv).
 */
@ApiTags('reports')
@ApiBearerAuth()
@ApiResponse({ status: 400, description: 'Tham số không hợp lệ; `problems` nêu từng tham số sai' })
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@ApiResponse({ status: 403, description: 'Ngoài phạm vi đơn vị: thủ trưởng, chuyên viên chỉ xem báo cáo đơn vị mình' })
@ApiResponse({ status: 404, description: 'Không có đơn vị hoặc văn bản được nêu' })
@Controller('v1/reports')
export class ReportsController {
  constructor(
    @Inject(REPORT_SOURCE) private readonly source: ReportSourceReader,
    @Inject(ORG_CHART_STORE) private readonly orgCharts: OrgChartStore,
    @Inject(ASSESSMENT_STORE) private readonly assessments: AssessmentStore,
    private readonly scope: UnitScopeService,
  ) {}

  private readonly inFlight = new SingleFlight<Awaited<ReturnType<typeof buildReport>>>();

  @Get()
  @ApiOperation({
    summary: 'Báo cáo kết quả thực hiện nhiệm vụ (tháng, quý, năm; tại thời điểm bất kỳ): số liệu, ma trận đơn vị × tháng, xếp loại',
    description:
      'format=json trả số liệu; format=docx trả dự thảo báo cáo theo thể thức Nghị định 30/2020/NĐ-CP (số, ngày để trống); ' +
      'format=xlsx trả bảng tính (mỗi bảng một trang); format=csv trả một bảng (table=summary|matrix|grades|overdue|items).',
  })
  @ApiQuery({ name: 'scope', required: false, enum: ['province', 'unit', 'directive'] })
  @ApiQuery({ name: 'unitId', required: false, description: 'với scope=unit' })
  @ApiQuery({ name: 'directiveId', required: false, description: 'với scope=directive' })
  @ApiQuery({ name: 'period', required: true, description: "'YYYY-MM' (tháng), 'YYYY-Qn' (quý) hoặc 'YYYY' (năm)", example: '2022-03' })
  @ApiQuery({ name: 'asOf', required: false, description: 'Số liệu tại thời điểm (ISO 8601 có múi giờ); mặc định: cuối kỳ hoặc hiện tại' })
  @ApiQuery({ name: 'rule', required: false, description: 'Quy tắc xếp loại thay cho quy tắc của nhiệm vụ (nd90-share/1, nd335-points/1)' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'xlsx', 'docx', 'csv'] })
  @ApiQuery({ name: 'table', required: false, enum: CSV_TABLES })
  @ApiQuery({
    name: 'view',
    required: false,
    enum: ['full', 'grades'],
    description: 'grades: không kèm danh sách nhiệm vụ (items, overdue, doneLate, byDirective rỗng)',
  })
  @ApiProduces(...Object.values(REPORT_CONTENT_TYPES))
  async report(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(reportRequestSchema, 'query')) q: ReportRequest): Promise<unknown> {
    await this.assertScope(p, q);
    let built;
    try {
      const build = () => buildReport({ source: this.source, orgCharts: this.orgCharts, assessments: this.assessments }, q);
      // The live dashboard's grades, asked by every leader opening it: one computation at a time per question.
      built = q.view === 'grades' && !q.asOf ? await this.inFlight.run(JSON.stringify(q), build) : await build();
    } catch (e) {
      if (e instanceof ReportSubjectNotFound) throw new NotFoundError(e.message);
      throw e;
    }
    if (q.format === 'json') {
      // The grades without the items: what the live dashboard needs of the full computation (its numbers come from the counts).
      return q.view === 'grades' ? { ...built.report, items: [], overdue: [], doneLate: [], byDirective: [] } : built.report;
    }
    const bytes = await renderReport(built, q.format, q.table);
    return new StreamableFile(bytes, {
      type: REPORT_CONTENT_TYPES[q.format],
      disposition: `attachment; filename="${reportFileName(built.report, q.format, q.table)}"`,
    });
  }

  /** Unit heads and assignees see their own units' reports only; issuers, leaders, auditors, admins every report. */
  private async assertScope(p: Principal, q: ReportRequest): Promise<void> {
    const confined = await this.scope.unitsOf(p);
    if (!confined) return;
    if (q.scope !== 'unit') {
      throw new ForbiddenException(
        `Vai trò ${p.role} chỉ xem báo cáo của đơn vị mình: dùng scope=unit (only unit reports for role ${p.role})`,
      );
    }
    await this.scope.assertUnit(p, q.unitId ?? '');
  }
}
