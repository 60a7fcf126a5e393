import { calendarVersionPublishSchema, type CalendarVersionPublish } from '@dondoc/contracts';
import type { HttpResponse } from '@dondoc/app-kit';
import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { openApiSchema } from '../common/openapi-schema';
import { ApiPaged, pagedQuery, pageOf, sendTotal } from '../common/paging';
import { RequestId } from '../common/request-id';
import { ZodPipe } from '../common/zod-body.pipe';
import { z } from 'zod';
import { CalendarVersionsService } from './calendar-versions.service';

const sequenceParam = z.coerce
  .number({ message: 'số phiên bản là số nguyên dương (a positive integer)' })
  .int({ message: 'số phiên bản là số nguyên dương (a positive integer)' })
  .min(1, { message: 'số phiên bản là số nguyên dương (a positive integer)' });

const LIST_PAGE = 20;
const listQuery = z.object(pagedQuery(['sequence'], { sort: '-sequence', pageSize: LIST_PAGE, maxPageSize: 200 })).strict();

/** Versions of the working calendar (days off, swapped and make-up days as announced), published at run time. */
@ApiTags('calendar-versions')
@ApiBearerAuth()
@ApiResponse({ status: 401, description: 'Thiếu hoặc sai mã xác thực' })
@Controller('v1/calendar-versions')
export class CalendarVersionsController {
  constructor(private readonly calendars: CalendarVersionsService) {}

  @Get()
  @ApiOperation({ summary: 'Các phiên bản lịch làm việc đã công bố, mới nhất trước' })
  @ApiPaged(['sequence'])
  async list(@Query(new ZodPipe(listQuery, 'query')) q: z.infer<typeof listQuery>, @Res({ passthrough: true }) res: HttpResponse) {
    const { items, total } = await this.calendars.list({ ...pageOf(q, LIST_PAGE), direction: q.sort.direction });
    sendTotal(res, total);
    return items;
  }

  @Get('current')
  @ApiOperation({ summary: 'Phiên bản lịch làm việc đang áp dụng, với dữ liệu từng năm' })
  current() {
    return this.calendars.get(0);
  }

  @Get(':sequence')
  @ApiOperation({ summary: 'Một phiên bản lịch làm việc, với dữ liệu từng năm' })
  @ApiResponse({ status: 404, description: 'Không có phiên bản này' })
  get(@Param('sequence', new ZodPipe(sequenceParam, 'path')) sequence: number) {
    return this.calendars.get(sequence);
  }

  @Post()
  @ApiOperation({
    summary:
      'Công bố phiên bản lịch làm việc mới (các năm gửi lên thay năm cùng số của phiên bản hiện hành); các nhiệm vụ đang theo dõi tự lập lại lịch',
  })
  @ApiBody({ schema: openApiSchema(calendarVersionPublishSchema) })
  @ApiResponse({ status: 201, description: 'Đã công bố; số phiên bản mới trong `sequence`' })
  @ApiResponse({ status: 400, description: 'Dữ liệu không hợp lệ; `problems` nêu từng ngày sai (tiếng Việt và tiếng Anh)' })
  @ApiResponse({ status: 403, description: 'Chỉ quản trị viên (admin only)' })
  @ApiResponse({ status: 409, description: 'Đã có phiên bản mới hơn `basedOn`' })
  publish(
    @CurrentPrincipal() p: Principal,
    @Body(new ZodPipe(calendarVersionPublishSchema)) body: CalendarVersionPublish,
    @RequestId() rid: string,
  ) {
    return this.calendars.publish(p, body, rid);
  }
}
