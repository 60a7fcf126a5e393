import { APP_CONFIG } from '@dondoc/app-kit';
import type { OrgChartSeed } from '@dondoc/domain';
import { ACCOUNT_STORE, type AccountStore } from '@dondoc/persistence';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import * as fs from 'node:fs';
import type { ApiConfig } from '../api.config';
import type { AccountsConfig } from './accounts.config';
import { ACCOUNTS_CONFIG } from './accounts.tokens';
import { hashPassword } from './password-hash';

/**
 * With AUTH_DEMO_PASSWORD set (`npm run up` sets and prints it), every user of the seeded
 * directory who has no account gets one with that password. Existing accounts are left
 * alone, so a restart costs one read per user and never resets a password.
 */
@Injectable()
export class DemoAccountsSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoAccounts');

  constructor(
    @Inject(ACCOUNT_STORE) private readonly accounts: AccountStore,
    @Inject(APP_CONFIG) private readonly api: ApiConfig,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const password = this.config.AUTH_DEMO_PASSWORD;
    const file = this.api.ORG_CHART_SEED_FILE;
    if (!password || !file || file === 'none') return;
    const seed = JSON.parse(fs.readFileSync(file, 'utf8')) as OrgChartSeed;
    const missing: string[] = [];
    for (const user of seed.users) if (!(await this.accounts.find(user.userId))) missing.push(user.userId);
    // Two hashes at a time: each is 32 MiB and most of a core for ~0.2 s.
    let created = 0;
    const queue = [...missing];
    const lane = async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        if (await this.accounts.createIfMissing(id, await hashPassword(password), new Date().toISOString())) created += 1;
      }
    };
    await Promise.all([lane(), lane()]);
    this.logger.log(`demo accounts: ${created} created, ${seed.users.length - missing.length} already there`);
  }
}
