import { createHash } from 'node:crypto';
import { createTransport, type Transporter } from 'nodemailer';
import type { MailMessage, Mailer } from './mailer.port';

export interface SmtpMailerOptions {
  host: string;
  port: number;
  from: string;
  secure?: boolean;
  user?: string;
  password?: string;
}

/** E-mail through any SMTP server (locally the dondoc mailbox, in production the province's relay). */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpMailerOptions) {
    this.transport = createTransport({
      host: options.host,
      port: options.port,
      secure: options.secure ?? false,
      // A local or internal relay may offer no certificate worth checking; a real relay sets SMTP_SECURE.
      ignoreTLS: !options.secure,
      auth: options.user ? { user: options.user, pass: options.password ?? '' } : undefined,
      connectionTimeout: 5000,
      // A few connections kept open and reused: without a pool every notice opened its own
      // (connect, greeting, EHLO, QUIT: half the SMTP round trips of a notice, and the
      // relay's per-connection work; ESC benchmark). A dropped connection is reopened.
      pool: true,
      maxConnections: 4,
    });
  }

  /**
   * SMTP cannot be part of our write: a crash after the server took a mail and before the
   * notice was marked e-mailed sends it again. The Message-ID is therefore derived from the
   * notice key, so the copy is recognisably the same message (mail stores and clients
   * de-duplicate by Message-ID; the local mailbox does).
   */
  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      messageId: messageIdOf(message.noticeKey),
      from: this.options.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      headers: { 'X-Dondoc-Notice': message.noticeKey },
      attachments: message.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    });
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

export const messageIdOf = (noticeKey: string) => `<${createHash('sha256').update(noticeKey).digest('hex').slice(0, 40)}@dondoc.local>`;
