import 'reflect-metadata';
import { boot } from '@dondoc/app-kit';
import { processAuditKeys } from '@dondoc/audit';
import { NestFactory } from '@nestjs/core';
import { loadAuditConfig } from './audit.config';
import { AuditModule } from './audit.module';
import { setUpAuditApi, startAuditConsumer } from './audit.setup';

boot('audit', async () => {
  const config = loadAuditConfig();
  processAuditKeys(); // a bad seal key stops the process here, before anything is written
  const app = await NestFactory.create(AuditModule.forRoot(config));
  setUpAuditApi(app, config);
  await startAuditConsumer(app, config);
  await app.listen(config.HTTP_PORT, config.HTTP_HOST);
});
