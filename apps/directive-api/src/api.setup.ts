import { useBodyLimits, useSecurityHeaders, type HttpHardeningConfig } from '@dondoc/app-kit';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { requestIdMiddleware } from './common/request-id';

/** The one route that takes large bodies: letters to import, as text/plain or base64 .docx/.pdf inside JSON. */
export const IMPORT_ROUTE = { path: '/v1/directives/import', json: '25mb', text: '5mb' };

/**
 * What main.ts and the tests both do to the app: security headers and CORS for the web
 * origin, body limits (413 above them), request ids, OpenAPI at /docs and /docs-json.
 */
export function setUpApi(app: INestApplication, config: Pick<HttpHardeningConfig, 'HTTP_JSON_LIMIT' | 'WEB_ORIGIN'>): void {
  useSecurityHeaders(app, config.WEB_ORIGIN);
  useBodyLimits(app, { json: config.HTTP_JSON_LIMIT, routes: [IMPORT_ROUTE] });
  app.use(requestIdMiddleware);
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('dondoc — directive API')
      .setDescription(
        'Theo dõi, đôn đốc thực hiện văn bản chỉ đạo. Mọi tuyến cần bearer JWT (vai trò: issuer, unit-head, assignee, leader, auditor, admin). ' +
          'Lệnh với nhiệm vụ được chuyển tới quy trình Temporal của nhiệm vụ: 200 kèm trạng thái mới, 409 kèm lý do từ chối.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
