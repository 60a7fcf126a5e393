import { loadConfig, mongoUri, nonEmpty, port } from '@dondoc/config';
import { z } from 'zod';

// The local mailbox: a real SMTP server that keeps what it receives, for people (and
// tests) to read at http://127.0.0.1:8025/messages. Not for production.
export const mailboxEnv = z.object({
  MAILBOX_HOST: nonEmpty('127.0.0.1'),
  MAILBOX_SMTP_PORT: port(2525),
  MAILBOX_HTTP_PORT: port(8025),
  MAILBOX_MONGODB_URI: mongoUri('mongodb://127.0.0.1:27017/dondoc_mailbox'),
});
export type MailboxConfig = z.infer<typeof mailboxEnv>;

export const loadMailboxConfig = (env: Record<string, string | undefined> = process.env): MailboxConfig => loadConfig(mailboxEnv, env);
