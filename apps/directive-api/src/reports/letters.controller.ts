import {
  letterEditSchema,
  letterFileName,
  letterSendSchema,
  renderLetterDocx,
  type LetterEdit,
  type LetterSend,
  type PromptingLetter,
} from '@dondoc/reports';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import type { HttpResponse } from '@dondoc/app-kit';
import { openApiSchema } from '../common/openapi-schema';
import { ApiPaged, pagedQuery, pageOf, sendTotal } from '../common/paging';
import { RequestId } from '../common/request-id';
import { ZodPipe } from '../common/zod-body.pipe';
import { LettersService } from './letters.service';

const listQuery = z
  .object({
    directiveId: z.string().min(1).max(200).optional(),
    unitId: z.string().min(1).max(100).optional(),
    status: z.enum(['draft', 'sent'], { message: "trạng thái phải là 'draft' hoặc 'sent' (status must be draft or sent)" }).optional(),
    ...pagedQuery(['createdAt'], { sort: '-createdAt', pageSize: 100, maxPageSize: 500 }),
  })
  .strict();

/** Prompting letters (công văn đôn đốc) drafted at the policy's escalation level, for the issuer to review, edit and send. */
@ApiTags('letters')
@ApiBearerAuth()
@ApiResponse({ status: 400, description: 'Dữ liệu không hợp lệ; `problems` nêu từng trường sai' })
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@ApiResponse({ status: 403, description: 'Ngoài vai trò hoặc phạm vi đơn vị' })
@ApiResponse({ status: 404, description: 'Không có công văn' })
@Controller('v1/letters')
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Get()
  @ApiOperation({ summary: 'Các công văn đôn đốc (dự thảo và đã gửi), lọc theo văn bản, đơn vị, trạng thái' })
  @ApiQuery({ name: 'directiveId', required: false })
  @ApiQuery({ name: 'unitId', required: false })
  @ApiQuery({ name: 'status', required: false, enum: ['draft', 'sent'] })
  @ApiPaged(['createdAt'])
  async list(
    @CurrentPrincipal() p: Principal,
    @Query(new ZodPipe(listQuery, 'query')) q: z.infer<typeof listQuery>,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<PromptingLetter[]> {
    const page = pageOf(q, 100);
    const { items, total } = await this.letters.list(p, {
      directiveId: q.directiveId,
      unitId: q.unitId,
      status: q.status,
      limit: page.limit,
      offset: page.skip,
      direction: q.sort.direction,
    });
    sendTotal(res, total);
    return items;
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một công văn đôn đốc: các trường và nội dung từng đoạn' })
  get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.letters.get(p, id);
  }

  @Get(':id/docx')
  @ApiOperation({ summary: 'Công văn đôn đốc dạng .docx (thể thức Nghị định 30/2020/NĐ-CP)' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  async docx(@CurrentPrincipal() p: Principal, @Param('id') id: string): Promise<StreamableFile> {
    const letter = await this.letters.get(p, id);
    return new StreamableFile(await renderLetterDocx(letter), {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      disposition: `attachment; filename="${letterFileName(letter)}"`,
    });
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Sửa dự thảo (số, ngày, hạn mới, nội dung thêm, người nhận, người ký, bỏ nhiệm vụ); cần revision đang xem' })
  @ApiBody({ schema: openApiSchema(letterEditSchema) })
  @ApiResponse({ status: 409, description: 'Công văn đã gửi, hoặc đã có người sửa (revision cũ)' })
  edit(
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body(new ZodPipe(letterEditSchema)) b: LetterEdit,
    @RequestId() rid: string,
  ): Promise<PromptingLetter> {
    return this.letters.edit(p, id, b, rid);
  }

  @Post(':id/sent')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đánh dấu đã gửi (ghi nhật ký kiểm toán); sau đó không sửa được' })
  @ApiBody({ schema: openApiSchema(letterSendSchema) })
  @ApiResponse({ status: 409, description: 'Đã gửi rồi, hoặc revision cũ' })
  send(
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body(new ZodPipe(letterSendSchema)) b: LetterSend,
    @RequestId() rid: string,
  ): Promise<PromptingLetter> {
    return this.letters.markSent(p, id, b.revision, rid);
  }
}
