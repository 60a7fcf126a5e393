import { APP_CONFIG } from '@dondoc/app-kit';
import { validateOrgChartSeed, type OrgChartSeed } from '@dondoc/domain';
import { ORG_CHART_STORE, type OrgChartStore } from '@dondoc/persistence';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import * as fs from 'node:fs';
import type { ApiConfig } from '../api.config';

/** Loads the org chart seed at boot (idempotent: versions and users are replaced by themselves). */
@Injectable()
export class OrgChartSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('OrgChartSeed');

  constructor(
    @Inject(ORG_CHART_STORE) private readonly store: OrgChartStore,
    @Inject(APP_CONFIG) private readonly config: ApiConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const file = this.config.ORG_CHART_SEED_FILE;
    if (!file || file === 'none') return;
    const seed = JSON.parse(fs.readFileSync(file, 'utf8')) as OrgChartSeed;
    const validation = validateOrgChartSeed(seed);
    if (!validation.ok) throw new Error(`org chart seed ${file} is invalid: ${validation.errors.join('; ')}`);
    const counts = await this.store.seed(seed);
    this.logger.log(`org chart seeded from ${file}: ${counts.charts} version(s), ${counts.users} users`);
  }
}
