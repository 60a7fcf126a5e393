import { connectMongo } from '@dondoc/persistence';
import type { Connection } from 'mongoose';
import type * as http from 'node:http';
import type { SMTPServer } from 'smtp-server';
import type { MailboxConfig } from './mailbox.config';
import { createMailboxHttp } from './mailbox-http.server';
import { MailStore } from './mail.store';
import { createSmtpInbox } from './smtp-inbox.server';

/** The running mailbox: SMTP in, HTTP out, MongoDB between. */
export class Mailbox {
  private constructor(
    private readonly connection: Connection,
    private readonly smtp: SMTPServer,
    private readonly http: http.Server,
    readonly store: MailStore,
  ) {}

  static async start(config: MailboxConfig): Promise<Mailbox> {
    const connection = await connectMongo({ uri: config.MAILBOX_MONGODB_URI, appName: 'dondoc-mailbox' });
    const store = new MailStore(connection);
    await store.model.init();
    const smtp = createSmtpInbox(store);
    const web = createMailboxHttp(store);
    await new Promise<void>((resolve, reject) => smtp.listen(config.MAILBOX_SMTP_PORT, config.MAILBOX_HOST, resolve).once('error', reject));
    await new Promise<void>((resolve, reject) => web.listen(config.MAILBOX_HTTP_PORT, config.MAILBOX_HOST, resolve).once('error', reject));
    return new Mailbox(connection, smtp, web, store);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.smtp.close(() => resolve()));
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
    await this.connection.close();
  }
}
