import { buildOrgUnitTree, isIsoDate } from '@dondoc/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { UnitScopeService } from '../auth/unit-scope.service';
import { NotFoundError } from '../common/not-found.error';
import { ZodPipe } from '../common/zod-body.pipe';

const query = z.object({ asOf: z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' }).optional() }).strict();

@ApiTags('org-units')
@ApiBearerAuth()
@Controller('v1/org-units')
export class OrgUnitsController {
  constructor(private readonly scope: UnitScopeService) {}

  @Get()
  @ApiOperation({ summary: 'Sơ đồ tổ chức dạng cây (phiên bản có hiệu lực), mỗi đơn vị có thủ trưởng và lãnh đạo phụ trách' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD; mặc định hôm nay' })
  async tree(@Query(new ZodPipe(query, 'query')) q: z.infer<typeof query>) {
    const chart = await this.scope.chart(q.asOf ?? new Date());
    if (!chart) throw new NotFoundError(`Không có sơ đồ tổ chức có hiệu lực vào ${q.asOf ?? 'hôm nay'} (no org chart in force)`);
    const { units: _units, ...version } = chart;
    return { version, units: buildOrgUnitTree(chart) };
  }
}
