import { simpleParser, type AddressObject } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import type { MailStore } from './mail.store';

const addresses = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => (v.address ?? '').toLowerCase())).filter(Boolean);

/** An SMTP server that accepts every message (no auth, no TLS: loopback only) and stores it. */
export function createSmtpInbox(store: MailStore): SMTPServer {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          const header = mail.headers.get('x-dondoc-notice');
          await store.add({
            _id: mail.messageId ?? randomUUID(),
            from: mail.from?.text ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ''),
            to: envelopeTo.length ? envelopeTo : addresses(mail.to),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            noticeKey: typeof header === 'string' ? header : null,
            attachments: mail.attachments.map((a) => ({
              filename: a.filename ?? 'attachment',
              contentType: a.contentType,
              size: a.size,
              contentBase64: a.content.toString('base64'),
            })),
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  // smtp-server re-emits a connection's socket error (a sender reset mid-transaction, e.g. a
  // notifier killed while sending) on the server; an EventEmitter 'error' without a listener
  // kills the process. The sender retries; the mailbox only says what happened.
  server.on('error', (e: Error & { code?: string; remoteAddress?: string }) =>
    console.warn(`[mailbox] kết nối SMTP lỗi / SMTP connection failed (${e.code ?? 'error'} from ${e.remoteAddress ?? '?'}): ${e.message}`),
  );
  return server;
}
