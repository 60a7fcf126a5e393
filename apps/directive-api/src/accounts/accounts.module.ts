import { APP_CONFIG } from '@dondoc/app-kit';
import { ACCOUNT_STORE, AccountStore, MONGO_CONNECTION } from '@dondoc/persistence';
import { Module, type DynamicModule } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { ApiConfig } from '../api.config';
import { AccountService } from './account.service';
import { loadAccountsConfig } from './accounts.config';
import { AccountsController } from './accounts.controller';
import { ACCOUNTS_CONFIG } from './accounts.tokens';
import { DemoAccountsSeed } from './demo-accounts.seed';
import { loadOidcConfig } from './oidc/oidc.config';
import { OidcController } from './oidc/oidc.controller';
import { OidcSignInService } from './oidc/oidc-sign-in.service';
import { OIDC_CONFIG } from './oidc/oidc.tokens';

/** Sign-in for people (a password, or an identity provider by OIDC): accounts of the user directory, sessions as the APIs' own JWT. */
@Module({})
export class AccountsModule {
  static forRoot(api: ApiConfig, env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: AccountsModule,
      controllers: [AccountsController, OidcController],
      providers: [
        { provide: APP_CONFIG, useValue: api },
        { provide: ACCOUNTS_CONFIG, useValue: loadAccountsConfig(env) },
        { provide: OIDC_CONFIG, useValue: loadOidcConfig(env) },
        {
          provide: ACCOUNT_STORE,
          inject: [MONGO_CONNECTION],
          useFactory: async (c: Connection) => {
            const store = new AccountStore(c);
            await store.init();
            return store;
          },
        },
        AccountService,
        OidcSignInService,
        DemoAccountsSeed,
      ],
    };
  }
}
