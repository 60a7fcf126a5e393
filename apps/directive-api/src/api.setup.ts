import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { requestIdMiddleware } from './common/request-id';

/** What main.ts and the tests both do to the app: request ids, OpenAPI at /docs and /docs-json. */
export function setUpApi(app: INestApplication): void {
  app.use(requestIdMiddleware);
  // Letters to import arrive as text/plain or as base64 .docx/.pdf inside JSON.
  const express = app as NestExpressApplication;
  if (typeof express.useBodyParser === 'function') {
    express.useBodyParser('json', { limit: '25mb' });
    express.useBodyParser('text', { limit: '5mb', type: 'text/plain' });
  }
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
