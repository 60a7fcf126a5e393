import { importDocument, toDirectiveDraft } from '@dondoc/doc-import';
import { ORG_CHART_STORE, type OrgChartStore } from '@dondoc/persistence';
import { BadRequestException, Body, Controller, Headers, HttpCode, Inject, Post, UnprocessableEntityException } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZodPipe } from '../common/zod-body.pipe';

// `POST /v1/directives/import`: an official letter in, the draft it stands for out — the
// same draft `dondoc import` makes. Nothing is created: a person reviews the draft and
// sends it to `POST /v1/directives`, then issues it.

const importBody = z.union([
  z
    .object({ text: z.string().min(1, { message: 'the letter text is empty' }).max(2_000_000), fileName: z.string().max(300).optional() })
    .strict(),
  z
    .object({
      /** A .docx or .pdf (or a text file in another encoding), base64-encoded. */
      contentBase64: z.string().min(1).max(20_000_000),
      fileName: z.string().min(1, { message: 'fileName tells the format (.docx, .pdf, .txt)' }).max(300),
    })
    .strict(),
]);

@ApiTags('directives')
@ApiBearerAuth()
@Controller('v1/directives')
export class DirectiveImportController {
  constructor(@Inject(ORG_CHART_STORE) private readonly orgCharts: OrgChartStore) {}

  @Post('import')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đọc văn bản chỉ đạo (txt, docx, pdf) thành dự thảo (import an official letter as a draft)' })
  @ApiConsumes('application/json', 'text/plain')
  @ApiBody({
    description: 'JSON `{ text, fileName? }` or `{ contentBase64, fileName }`, or the letter itself as text/plain',
    schema: {
      oneOf: [
        { type: 'object', properties: { text: { type: 'string' }, fileName: { type: 'string' } } },
        { type: 'object', properties: { contentBase64: { type: 'string' }, fileName: { type: 'string' } } },
        { type: 'string' },
      ],
    },
  })
  @ApiResponse({ status: 200, description: '`{ document, draft, notes }`, or `{ document, problems }` when a draft cannot be made yet' })
  @ApiResponse({ status: 422, description: 'Không đọc được văn bản (empty, binary, scanned PDF without text, …)' })
  async import(@Headers('content-type') contentType: string | undefined, @Body() raw: unknown) {
    const body = typeof raw === 'string' || Buffer.isBuffer(raw) ? { text: raw.toString() } : new ZodPipe(importBody).transform(raw);
    if (!body)
      throw new BadRequestException({ message: 'Thiếu nội dung văn bản', problems: ['(body): expected the letter', contentType ?? ''] });
    const input =
      'text' in body
        ? { text: body.text, fileName: body.fileName }
        : { bytes: Buffer.from(body.contentBase64, 'base64'), fileName: body.fileName };
    const imported = await importDocument(input, { orgCharts: await this.orgCharts.charts() });
    if (!imported.ok) throw new UnprocessableEntityException({ message: imported.error.message, code: imported.error.code });
    const drafted = toDirectiveDraft(imported.document);
    return drafted.ok
      ? { document: imported.document, draft: drafted.draft, notes: drafted.notes }
      : { document: imported.document, problems: drafted.problems };
  }
}
