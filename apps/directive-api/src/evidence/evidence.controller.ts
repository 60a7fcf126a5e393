import type { EvidenceFile } from '@dondoc/persistence';
import { Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import type { HttpResponse } from '@dondoc/app-kit';
import { ApiPaged, pagedQuery, pageOf, sendTotal } from '../common/paging';
import { ZodPipe } from '../common/zod-body.pipe';
import { EVIDENCE_EXTENSIONS } from './evidence-types';
import { EvidenceService, type ReceivedFile } from './evidence.service';
import { EvidenceUploadInterceptor } from './evidence-upload.interceptor';

const listQuery = z.object(pagedQuery(['uploadedAt'], { sort: '-uploadedAt', pageSize: 50, maxPageSize: 200 })).strict();

/** `attachment; filename="ascii"; filename*=UTF-8''…`: the Vietnamese name survives in every browser (RFC 6266). */
function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

@ApiTags('tasks')
@ApiBearerAuth()
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@ApiResponse({ status: 403, description: 'Ngoài vai trò hoặc phạm vi đơn vị (như với nhiệm vụ)' })
@ApiResponse({ status: 404, description: 'Không có nhiệm vụ hoặc tệp' })
@Controller('v1/tasks/:id/files')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(EvidenceUploadInterceptor)
  @ApiOperation({
    summary: `Tải lên tệp minh chứng của nhiệm vụ (đơn vị chủ trì); nhận: ${EVIDENCE_EXTENSIONS.join(', ')}; báo cáo tiến độ / hoàn thành dẫn tệp qua fileIds`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiResponse({ status: 201, description: 'Tệp đã lưu: fileId, fileName, size, contentType, sha256' })
  @ApiResponse({ status: 400, description: 'Biểu mẫu sai hoặc tệp rỗng' })
  @ApiResponse({ status: 413, description: 'Tệp vượt dung lượng cho phép (EVIDENCE_MAX_BYTES)' })
  @ApiResponse({ status: 415, description: 'Không phải multipart, hoặc loại tệp / nội dung tệp không được chấp nhận' })
  upload(@CurrentPrincipal() p: Principal, @Param('id') id: string, @UploadedFile() file: ReceivedFile | undefined): Promise<EvidenceFile> {
    return this.evidence.store(p, id, file);
  }

  @Get()
  @ApiOperation({ summary: 'Các tệp minh chứng của nhiệm vụ, mới nhất trước (cùng phạm vi như xem nhiệm vụ)' })
  @ApiPaged(['uploadedAt'])
  async list(
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Query(new ZodPipe(listQuery, 'query')) q: z.infer<typeof listQuery>,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<EvidenceFile[]> {
    const { items, total } = await this.evidence.list(p, id, { ...pageOf(q, 50), direction: q.sort.direction });
    sendTotal(res, total);
    return items;
  }

  @Get(':fileId')
  @ApiOperation({ summary: 'Tải xuống một tệp minh chứng (cùng phạm vi như xem nhiệm vụ)' })
  @ApiProduces('application/octet-stream')
  @ApiResponse({ status: 200, description: 'Nội dung tệp; Content-Disposition mang tên tệp, X-Content-SHA256 mã băm' })
  async download(
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Param('fileId') fileId: string,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<StreamableFile> {
    const { file, stream } = await this.evidence.open(p, id, fileId);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', attachment(file.fileName));
    res.setHeader('X-Content-SHA256', file.sha256);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(stream);
  }
}
