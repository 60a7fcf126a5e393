import type { HttpResponse } from '@dondoc/app-kit';
import { EVALUATION_REPOSITORY, type EvaluationRepository } from '@dondoc/persistence';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { UnitScopeService } from '../auth/unit-scope.service';
import { ContractViolation } from '@dondoc/contracts';
import { ZodPipe } from '../common/zod-body.pipe';

const query = z
  .object({
    unitId: z.string().min(1).max(100).optional(),
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'expected a month as YYYY-MM' })
      .optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
  })
  .strict();

@ApiTags('evaluations')
@ApiBearerAuth()
@Controller('v1/evaluations')
export class EvaluationsController {
  constructor(
    @Inject(EVALUATION_REPOSITORY) private readonly evaluations: EvaluationRepository,
    private readonly scope: UnitScopeService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Kết quả đánh giá hằng tháng (period=YYYY-MM) hoặc xếp loại cuối năm (year=YYYY), theo đơn vị' })
  @ApiQuery({ name: 'unitId', required: false })
  @ApiQuery({ name: 'period', required: false, description: 'YYYY-MM' })
  @ApiQuery({ name: 'year', required: false, type: Number })
  async list(
    @CurrentPrincipal() p: Principal,
    @Query(new ZodPipe(query, 'query')) q: z.infer<typeof query>,
    @Res({ passthrough: true }) res: HttpResponse,
  ) {
    if (!q.period && !q.year) throw new ContractViolation('query', ['period: give period=YYYY-MM or year=YYYY']);
    let unitIds = await this.scope.unitsOf(p);
    if (q.unitId) {
      await this.scope.assertUnit(p, q.unitId);
      unitIds = [q.unitId];
    }
    if (q.period) return { period: q.period, cells: await this.evaluations.matrix({ unitIds, period: q.period }) };
    // The year matrix read model: one document per unit instead of a cell each (STORE bench),
    // its stored rows sent as they are: `{ year, grades, months }`, the same bytes as before.
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    return this.evaluations.yearText({ unitIds, year: q.year as number });
  }
}
