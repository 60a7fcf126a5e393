import 'reflect-metadata';
import { boot } from '@dondoc/app-kit';
import { NestFactory } from '@nestjs/core';
import { loadWorkerConfig } from './worker.config';
import { WorkerModule } from './worker.module';

boot('worker', async () => {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig()));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
});
