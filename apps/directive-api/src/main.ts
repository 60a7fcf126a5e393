import 'reflect-metadata';
import { boot } from '@dondoc/app-kit';
import { processAuditKeys } from '@dondoc/audit';
import { NestFactory } from '@nestjs/core';
import { loadApiConfig } from './api.config';
import { ApiModule } from './api.module';
import { setUpApi } from './api.setup';

boot('directive-api', async () => {
  const config = loadApiConfig();
  processAuditKeys(); // drafts are sealed into the trail: a bad seal key stops the process here
  const app = await NestFactory.create(ApiModule.forRoot(config));
  setUpApi(app, config);
  await app.listen(config.HTTP_PORT, config.HTTP_HOST);
});
