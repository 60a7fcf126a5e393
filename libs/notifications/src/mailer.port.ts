export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Our idempotency key, also sent as a header so a mailbox can spot a re-sent notice. */
  noticeKey: string;
}

/** Sends e-mail. The notifier depends on this port; SMTP (nodemailer) is one implementation. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

export const MAILER = Symbol('Mailer');
