export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Our idempotency key, also sent as a header so a mailbox can spot a re-sent notice. */
  noticeKey: string;
  /** Files sent with the notice (a drafted prompting letter). */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

/** Sends e-mail. The notifier depends on this port; SMTP (nodemailer) is one implementation. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

export const MAILER = Symbol('Mailer');
