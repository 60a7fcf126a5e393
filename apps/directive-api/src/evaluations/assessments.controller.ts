import {
  assessmentCloseSchema,
  assessmentInputSchema,
  assessmentPeriodSchema,
  type AssessmentClose,
  type AssessmentInputBody,
} from '@dondoc/reports';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { openApiSchema } from '../common/openapi-schema';
import { RequestId } from '../common/request-id';
import { ZodPipe } from '../common/zod-body.pipe';
import { AssessmentsService, type DecreeCalculation } from './assessments.service';

const pathSchema = z.object({ unitId: z.string().trim().min(1).max(100), period: assessmentPeriodSchema }).strict();
type EvaluationPath = z.infer<typeof pathSchema>;

/**
 * A unit's evaluation for a period under the decree in force (Nghị định 90/2020/NĐ-CP before
 * 1/1/2026, Nghị định 335/2025/NĐ-CP from then), with its calculation line by line, and the
 * assessor's input: general-criteria points, objective causes, quality verdicts, forcing cases.
 */
@ApiTags('evaluations')
@ApiBearerAuth()
@ApiParam({ name: 'unitId', description: 'Mã đơn vị, ví dụ so-noi-vu' })
@ApiParam({ name: 'period', description: "Kỳ đánh giá: 'YYYY-MM' (tháng), 'YYYY-Qn' (quý) hoặc 'YYYY' (năm)", example: '2026-03' })
@ApiResponse({ status: 400, description: 'Dữ liệu không hợp lệ; `problems` nêu từng trường sai (tiếng Việt, tiếng Anh)' })
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@ApiResponse({ status: 403, description: 'Ngoài vai trò hoặc phạm vi đơn vị' })
@ApiResponse({ status: 404, description: 'Không có đơn vị trong sơ đồ tổ chức' })
@Controller('v1/evaluations/units/:unitId/periods/:period')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get()
  @ApiOperation({
    summary: 'Đánh giá, xếp loại của đơn vị trong kỳ theo nghị định có hiệu lực, kèm cách tính từng dòng và căn cứ',
    description:
      'Nghị định chọn theo ngày đến hạn của từng sản phẩm: trước 01/01/2026 Nghị định 90/2020/NĐ-CP, từ đó Nghị định 335/2025/NĐ-CP. ' +
      'Kỳ đã khóa trả đúng kết quả đã chốt khi khóa (frozen), không tính lại. ' +
      '`assessment.updatedByName` và `assessment.closedByName`: họ tên người sửa, người khóa theo danh bạ, bên cạnh mã người dùng (updatedBy, closedBy).',
  })
  get(@CurrentPrincipal() p: Principal, @Param(new ZodPipe(pathSchema, 'path')) path: EvaluationPath): Promise<DecreeCalculation> {
    return this.assessments.calculation(p, path.unitId, path.period);
  }

  @Put('assessment')
  @ApiOperation({
    summary:
      'Người đánh giá nhập điểm tiêu chí chung, xác nhận nguyên nhân khách quan, đánh giá chất lượng, trường hợp không hoàn thành; cần revision đang xem (0 khi tạo)',
  })
  @ApiBody({ schema: openApiSchema(assessmentInputSchema) })
  @ApiResponse({ status: 409, description: 'Kỳ đã khóa, hoặc đã có người sửa (revision cũ)' })
  save(
    @CurrentPrincipal() p: Principal,
    @Param(new ZodPipe(pathSchema, 'path')) path: EvaluationPath,
    @Body(new ZodPipe(assessmentInputSchema)) body: AssessmentInputBody,
    @RequestId() rid: string,
  ): Promise<DecreeCalculation> {
    return this.assessments.save(p, path.unitId, path.period, body, rid);
  }

  @Post('close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Khóa kỳ đánh giá: chốt kết quả và cách tính (ghi nhật ký kiểm toán); sau đó không sửa được' })
  @ApiBody({ schema: openApiSchema(assessmentCloseSchema) })
  @ApiResponse({ status: 409, description: 'Đã khóa, chưa có đánh giá, hoặc revision cũ' })
  close(
    @CurrentPrincipal() p: Principal,
    @Param(new ZodPipe(pathSchema, 'path')) path: EvaluationPath,
    @Body(new ZodPipe(assessmentCloseSchema)) body: AssessmentClose,
    @RequestId() rid: string,
  ): Promise<DecreeCalculation> {
    return this.assessments.close(p, path.unitId, path.period, body.revision, rid);
  }
}
