import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { useBodyLimits, type BodyLimits } from './body-parsers';
import type { HttpHardeningConfig } from './http-env';
import { useSecurityHeaders } from './security';

export interface HttpApiDescription {
  /** The OpenAPI document's title and description (Vietnamese first). */
  title: string;
  description: string;
  /** Routes that take larger bodies than HTTP_JSON_LIMIT. */
  largeBodyRoutes?: BodyLimits['routes'];
}

/**
 * What every dondoc HTTP API does to its Nest app, in main.ts and in the tests alike:
 * security headers and CORS for the web origin, body limits (413 above them), graceful
 * shutdown, and its OpenAPI document at /docs (JSON at /docs-json, bearer JWT).
 */
export function setUpHttpApi(
  app: INestApplication,
  config: Pick<HttpHardeningConfig, 'HTTP_JSON_LIMIT' | 'WEB_ORIGIN'>,
  api: HttpApiDescription,
): void {
  useSecurityHeaders(app, config.WEB_ORIGIN);
  useBodyLimits(app, { json: config.HTTP_JSON_LIMIT, routes: api.largeBodyRoutes });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(api.title)
      .setDescription(api.description)
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
