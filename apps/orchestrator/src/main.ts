import 'reflect-metadata';
import { boot } from '@dondoc/app-kit';
import { PassThroughRpcFilter } from '@dondoc/messaging';
import { NestFactory } from '@nestjs/core';
import { loadOrchestratorConfig } from './orchestrator.config';
import { OrchestratorModule } from './orchestrator.module';
import { orchestratorTransport } from './orchestrator.transport';

boot('orchestrator', async () => {
  const config = loadOrchestratorConfig();
  const app = await NestFactory.createMicroservice(OrchestratorModule.forRoot(config), { strategy: orchestratorTransport(config) });
  app.useGlobalFilters(new PassThroughRpcFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.listen();
});
