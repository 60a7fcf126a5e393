import type { DirectiveVerificationService, MongoAuditTrail, MongoHistoryArchive } from '@dondoc/audit';
import { Controller, Get, Inject, Param, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AUDIT_TRAIL, HISTORY_ARCHIVE, VERIFIER } from '../audit.tokens';
import { AuditorGuard } from '../auth/auditor.guard';
import { NotFoundError } from '../common/audit-http.errors';
import { idParam, intParam } from '../common/params';

/** Tamper evidence: the directive's hash chain and the hashes of its archived histories. */
@ApiTags('audit: directives')
@ApiBearerAuth()
@ApiResponse({ status: 400, description: 'Mã văn bản không hợp lệ' })
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@ApiResponse({ status: 403, description: 'Không phải kiểm toán viên' })
@ApiResponse({ status: 404, description: 'Không có dữ liệu kiểm toán của văn bản' })
@UseGuards(AuditorGuard)
@Controller('v1/audit/directives')
export class VerifyController {
  constructor(
    @Inject(VERIFIER) private readonly verifier: DirectiveVerificationService,
    @Inject(HISTORY_ARCHIVE) private readonly archive: MongoHistoryArchive,
    @Inject(AUDIT_TRAIL) private readonly trail: MongoAuditTrail,
  ) {}

  @Get(':id/entries')
  @ApiOperation({ summary: 'Nhật ký kiểm toán của văn bản: ai, vai trò, đơn vị, việc gì, khi nào, mã yêu cầu; theo số thứ tự' })
  @ApiParam({ name: 'id', description: 'Mã văn bản, hoặc số hiệu đã mã hóa URL' })
  @ApiQuery({ name: 'fromSeq', required: false, description: 'Từ mục số (mặc định 1)' })
  @ApiQuery({ name: 'limit', required: false, description: 'Số mục tối đa (1–1000, mặc định 100)' })
  async entries(@Param('id') id: string, @Query('fromSeq') fromSeq?: string, @Query('limit') limit?: string) {
    const given = idParam('id', id);
    const from = intParam('fromSeq', fromSeq, 1, 1, Number.MAX_SAFE_INTEGER);
    const size = intParam('limit', limit, 100, 1, 1000);
    const directiveId = (await this.archive.directiveIdByNumber(given)) ?? given;
    const entries = await this.trail.page(directiveId, from, size);
    if (entries.length === 0 && from === 1) throw new NotFoundError(`Không có nhật ký kiểm toán của văn bản ${given}`);
    const last = entries.at(-1);
    return {
      directiveId,
      entries,
      next:
        entries.length === size && last
          ? `/v1/audit/directives/${encodeURIComponent(given)}/entries?fromSeq=${last.seq + 1}&limit=${size}`
          : null,
    };
  }

  @Get(':id/verify')
  @ApiOperation({
    summary: 'Kiểm tra chuỗi băm nhật ký kiểm toán và SHA-256 các lịch sử lưu trữ; nêu chính xác mục đầu tiên bị sửa, xóa, chèn hay đảo',
  })
  @ApiParam({ name: 'id', description: 'Mã văn bản, hoặc số hiệu đã mã hóa URL (907%2FUBND-NV)' })
  async verify(@Param('id') id: string) {
    const given = idParam('id', id);
    const directiveId = (await this.archive.directiveIdByNumber(given)) ?? given;
    const result = await this.verifier.verify(directiveId);
    if (result.chain.entries === 0 && result.histories.checked === 0 && result.chain.problems.length === 0) {
      throw new NotFoundError(`Không có dữ liệu kiểm toán của văn bản ${given}`);
    }
    return result;
  }
}
