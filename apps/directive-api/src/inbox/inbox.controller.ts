import { INBOX_REPOSITORY, type InboxNotice, type InboxRepository } from '@dondoc/persistence';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { ZodPipe } from '../common/zod-body.pipe';

const query = z.object({ limit: z.coerce.number().int().min(1).max(500).optional() }).strict();

@ApiTags('inbox')
@ApiBearerAuth()
@Controller('v1/inbox')
export class InboxController {
  constructor(@Inject(INBOX_REPOSITORY) private readonly inbox: InboxRepository) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo của người gọi (nhắc hạn, báo cáo vượt cấp, kết quả đánh giá); thủ trưởng thấy cả thông báo gửi đơn vị' })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(query, 'query')) q: z.infer<typeof query>): Promise<InboxNotice[]> {
    // A unit head also sees what was addressed to their unit; others only their own notices.
    return this.inbox.forRecipient({ userId: p.userId, unitIds: p.role === 'unit-head' ? [p.unitId] : undefined, limit: q.limit });
  }
}
