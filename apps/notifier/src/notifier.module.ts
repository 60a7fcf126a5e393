import { APP_CONFIG } from '@dondoc/app-kit';
import { MAILER, SmtpMailer, type Mailer } from '@dondoc/notifications';
import {
  MONGO_CONNECTION,
  PROMPTING_LETTER_STORE,
  PersistenceModule,
  PromptingLetterStore,
  REPORT_SOURCE,
  ReportSourceReader,
} from '@dondoc/persistence';
import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { PromptingLetterDrafter } from './letters/prompting-letter.drafter';
import { NoticeService } from './notice.service';
import type { NotifierConfig } from './notifier.config';
import { NotifierController } from './notifier.controller';

@Injectable()
class MailerCloser implements OnApplicationShutdown {
  constructor(@Inject(MAILER) private readonly mailer: Mailer) {}
  onApplicationShutdown(): Promise<void> {
    return this.mailer.close();
  }
}

@Module({})
export class NotifierModule {
  static forRoot(config: NotifierConfig): DynamicModule {
    return {
      module: NotifierModule,
      imports: [PersistenceModule.forRoot({ uri: config.MONGODB_URI, appName: 'dondoc-notifier' })],
      controllers: [NotifierController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: MAILER,
          useValue: new SmtpMailer({
            host: config.SMTP_HOST,
            port: config.SMTP_PORT,
            secure: config.SMTP_SECURE,
            user: config.SMTP_USER,
            password: config.SMTP_PASSWORD,
            from: config.SMTP_FROM,
          }),
        },
        MailerCloser,
        NoticeService,
        PromptingLetterDrafter,
        {
          provide: PROMPTING_LETTER_STORE,
          inject: [MONGO_CONNECTION],
          useFactory: async (c: Connection) => {
            const store = new PromptingLetterStore(c);
            await store.init();
            return store;
          },
        },
        { provide: REPORT_SOURCE, inject: [MONGO_CONNECTION], useFactory: (c: Connection) => new ReportSourceReader(c) },
      ],
    };
  }
}
