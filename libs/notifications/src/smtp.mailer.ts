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
    });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.options.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      headers: { 'X-Dondoc-Notice': message.noticeKey },
    });
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
