import { boot } from '@dondoc/app-kit';
import { loadMailboxConfig } from './mailbox.config';
import { Mailbox } from './mailbox';

boot('mailbox', async () => {
  const config = loadMailboxConfig();
  const mailbox = await Mailbox.start(config);
  console.log(
    `[mailbox] SMTP on ${config.MAILBOX_HOST}:${config.MAILBOX_SMTP_PORT}, messages at http://${config.MAILBOX_HOST}:${config.MAILBOX_HTTP_PORT}/messages`,
  );
  const stop = () => void mailbox.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
});
