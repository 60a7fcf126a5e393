export * from './mailer.port';
export * from './smtp.mailer';
export * from './notice.texts';
