import 'reflect-metadata';
import { boot } from '@dondoc/app-kit';
import { PassThroughRpcFilter } from '@dondoc/messaging';
import { NestFactory } from '@nestjs/core';
import { loadNotifierConfig } from './notifier.config';
import { NotifierModule } from './notifier.module';
import { notifierTransport } from './notifier.transport';

boot('notifier', async () => {
  const config = loadNotifierConfig();
  const app = await NestFactory.createMicroservice(NotifierModule.forRoot(config), { strategy: notifierTransport(config) });
  app.useGlobalFilters(new PassThroughRpcFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.listen();
});
