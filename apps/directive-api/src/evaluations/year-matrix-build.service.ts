import { EVALUATION_REPOSITORY, type EvaluationRepository, type RebuildProgress } from '@dondoc/persistence';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

/**
 * Builds the year matrix read model from the evaluations and grades when it is missing or of
 * an older shape (a first start after an upgrade), before the API serves: `GET
 * /v1/evaluations?year=` reads only that model. Later writes keep it current themselves.
 */
@Injectable()
export class YearMatrixBuildService implements OnApplicationBootstrap {
  private readonly logger = new Logger('YearMatrix');

  constructor(@Inject(EVALUATION_REPOSITORY) private readonly evaluations: EvaluationRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    const t0 = Date.now();
    let logged = 0;
    const progress = (p: RebuildProgress) => {
      // A line per 5,000 rows read, and the last one.
      if (p.phase !== 'done' && p.cells + p.grades - logged < 5_000) return;
      logged = p.cells + p.grades;
      this.logger.log(
        `dựng bảng đánh giá năm: ${p.cells} ô, ${p.grades} xếp loại, ${p.documents} bản ghi đơn vị–năm${p.phase === 'done' ? `, xong sau ${Date.now() - t0} ms` : '…'} ` +
          `(year matrix ${p.phase === 'done' ? 'built' : 'building'}: ${p.cells} cells, ${p.grades} grades, ${p.documents} unit-year documents)`,
      );
    };
    if (!(await this.evaluations.ensureYearMatrix(progress))) this.logger.debug('year matrix read model is current');
  }
}
