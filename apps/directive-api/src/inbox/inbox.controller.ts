import { INBOX_REPOSITORY, type InboxFilter, type InboxNotice, type InboxRepository } from '@dondoc/persistence';
import { Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import type { HttpResponse } from '@dondoc/app-kit';
import { NotFoundError } from '../common/not-found.error';
import { ApiPaged, pagedQuery, pageOf, sendTotal } from '../common/paging';
import { ZodPipe } from '../common/zod-body.pipe';

const query = z
  .object({
    ...pagedQuery(['createdAt'], { sort: '-createdAt', pageSize: 50, maxPageSize: 500 }),
    unread: z.enum(['true', 'false'], { message: 'expected true or false' }).optional(),
  })
  .strict();

/** The header's badge counts this far, then says "99+": a count that stops costs the same for any inbox. */
const UNREAD_COUNT_CAP = 99;

/** A unit head also sees (and reads for the unit) what was addressed to their unit; others only their own notices. */
const audienceOf = (p: Principal): InboxFilter => ({ userId: p.userId, unitIds: p.role === 'unit-head' ? [p.unitId] : undefined });

@ApiTags('inbox')
@ApiBearerAuth()
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@Controller('v1/inbox')
export class InboxController {
  constructor(@Inject(INBOX_REPOSITORY) private readonly inbox: InboxRepository) {}

  @Get()
  @ApiOperation({
    summary:
      'Thông báo của người gọi (nhắc hạn, báo cáo vượt cấp, kết quả đánh giá); thủ trưởng thấy cả thông báo gửi đơn vị; unread=true: chỉ thông báo chưa đọc',
  })
  @ApiPaged(['createdAt'])
  @ApiQuery({ name: 'unread', required: false, enum: ['true', 'false'] })
  async list(
    @CurrentPrincipal() p: Principal,
    @Query(new ZodPipe(query, 'query')) q: z.infer<typeof query>,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<InboxNotice[]> {
    const filter = { ...audienceOf(p), unread: q.unread === 'true' };
    const page = pageOf(q, 50);
    const [notices, total] = await Promise.all([
      this.inbox.forRecipient({ ...filter, ...page, direction: q.sort.direction }),
      this.inbox.countFor(filter),
    ]);
    sendTotal(res, total);
    return notices;
  }

  @Get('unread-count')
  @ApiOperation({
    summary: `Số thông báo chưa đọc của người gọi, đếm tới ${UNREAD_COUNT_CAP} (biểu tượng hộp thư hiện "${UNREAD_COUNT_CAP}+" khi nhiều hơn)`,
  })
  @ApiResponse({
    status: 200,
    description: `{ count, capped }: count ≤ ${UNREAD_COUNT_CAP}; capped = true khi có nhiều hơn ${UNREAD_COUNT_CAP} thông báo chưa đọc (X-Total-Count của ?unread=true đếm chính xác, chậm hơn)`,
  })
  async unreadCount(@CurrentPrincipal() p: Principal): Promise<{ count: number; capped: boolean }> {
    const n = await this.inbox.countUnreadUpTo(audienceOf(p), UNREAD_COUNT_CAP + 1);
    return { count: Math.min(n, UNREAD_COUNT_CAP), capped: n > UNREAD_COUNT_CAP };
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đánh dấu đã đọc mọi thông báo chưa đọc của người gọi' })
  @ApiResponse({ status: 200, description: '{ marked }: số thông báo vừa được đánh dấu' })
  async readAll(@CurrentPrincipal() p: Principal): Promise<{ marked: number }> {
    return { marked: await this.inbox.markAllRead(audienceOf(p), new Date().toISOString()) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đánh dấu đã đọc một thông báo (giữ thời điểm đọc lần đầu)' })
  @ApiResponse({ status: 200, description: 'Thông báo, readAt đã đặt' })
  @ApiResponse({ status: 404, description: 'Không có thông báo này trong hộp thư của người gọi' })
  async read(@CurrentPrincipal() p: Principal, @Param('id') id: string): Promise<InboxNotice> {
    const notice = await this.inbox.markRead(audienceOf(p), id, new Date().toISOString());
    if (!notice) throw new NotFoundError(`Không có thông báo ${id} trong hộp thư của bạn (notice not found in your inbox)`);
    return notice;
  }
}
