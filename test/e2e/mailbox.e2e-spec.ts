// The local mailbox as a process: a sender that dies in the middle of a mail transaction
// (the notifier SIGKILLed while sending, as the crash e2e does) resets its TCP connection;
// the mailbox must log that and keep serving, not die of an unhandled 'error' (it did).
import * as net from 'node:net';
import { createTransport } from 'nodemailer';
import { DondocStack } from './support/dondoc-stack';

jest.setTimeout(60_000);

/** Opens an SMTP session, starts a transaction (MAIL FROM accepted), then resets the socket. */
async function senderDiesMidTransaction(port: number): Promise<void> {
  const socket = net.connect(port, '127.0.0.1');
  let seen = '';
  const waitFor = (code: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (seen.split('\r\n').some((line) => line.startsWith(`${code} `))) {
          seen = '';
          socket.off('data', onData);
          resolve();
        }
      };
      const onData = (d: Buffer) => {
        seen += d.toString();
        check();
      };
      socket.on('data', onData);
      socket.once('error', reject);
      check();
    });
  await waitFor('220');
  socket.write('EHLO crash.test\r\n');
  await waitFor('250');
  socket.write('MAIL FROM:<notifier@dondoc.local>\r\n');
  await waitFor('250');
  socket.write('RCPT TO:<so-noi-vu.giamdoc@dondoc.local>\r\n');
  await waitFor('250');
  socket.resetAndDestroy();
}

describe('local mailbox', () => {
  let stack: DondocStack;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-mailbox', ['mailbox']);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('survives a sender that resets its connection mid-transaction and keeps receiving mail', async () => {
    const smtpPort = Number(stack.env.MAILBOX_SMTP_PORT);
    await senderDiesMidTransaction(smtpPort);
    await senderDiesMidTransaction(smtpPort);
    await new Promise((r) => setTimeout(r, 500));
    expect(stack.app('mailbox').running).toBe(true);
    expect(stack.app('mailbox').log).toContain('SMTP connection failed (ECONNRESET');

    const transport = createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: 'notifier@dondoc.local',
      to: 'so-noi-vu.giamdoc@dondoc.local',
      subject: 'Sau sự cố',
      text: 'vẫn nhận thư',
      headers: { 'x-dondoc-notice': 'after-reset' },
    });
    transport.close();

    const mails = await stack.mails();
    expect(mails.map((m) => [m.subject, m.noticeKey])).toEqual([['Sau sự cố', 'after-reset']]);
  });
});
