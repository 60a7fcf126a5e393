import { serviceEnv } from '@dondoc/app-kit';
import { loadConfig, nonEmpty, port, positiveInt } from '@dondoc/config';
import { z } from 'zod';

export const notifierEnv = serviceEnv.extend({
  NOTIFIER_GROUP_ID: nonEmpty('dondoc-notifier'),
  NOTIFIER_MAX_ATTEMPTS: positiveInt(8),
  /** Locally the dondoc mailbox (apps/mailbox); any SMTP relay elsewhere. */
  SMTP_HOST: nonEmpty('127.0.0.1'),
  SMTP_PORT: port(2525),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: nonEmpty('dondoc <dondoc@dondoc.local>'),
  /** Links in notices point here. */
  PUBLIC_BASE_URL: z.url({ message: 'expected an absolute URL' }).default('http://127.0.0.1:3000'),
});
export type NotifierConfig = z.infer<typeof notifierEnv>;

export const loadNotifierConfig = (env: Record<string, string | undefined> = process.env): NotifierConfig => loadConfig(notifierEnv, env);
