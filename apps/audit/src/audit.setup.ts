import { useBodyLimits, useSecurityHeaders } from '@dondoc/app-kit';
import { PassThroughRpcFilter } from '@dondoc/messaging';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AuditConfig } from './audit.config';
import { auditTransport } from './audit.transport';
import { HttpErrorsFilter } from './common/http-errors.filter';

/** The Kafka consumer of the trail, in the same process as the HTTP API (a hybrid Nest app). */
export async function startAuditConsumer(app: INestApplication, config: AuditConfig): Promise<void> {
  if (config.AUDIT_CONSUMER === 'off') return;
  const consumer = app.connectMicroservice({ strategy: auditTransport(config) });
  consumer.useGlobalFilters(new PassThroughRpcFilter());
  await app.startAllMicroservices();
}

/**
 * What main.ts and the tests both do to the app: security headers and CORS for the web
 * origin, body limits (413), one error shape, OpenAPI at /docs and /docs-json.
 */
export function setUpAuditApi(app: INestApplication, config: Pick<AuditConfig, 'HTTP_JSON_LIMIT' | 'WEB_ORIGIN'>): void {
  useSecurityHeaders(app, config.WEB_ORIGIN);
  useBodyLimits(app, { json: config.HTTP_JSON_LIMIT });
  app.useGlobalFilters(new HttpErrorsFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('dondoc — kiểm toán (audit)')
      .setDescription(
        'Dành cho kiểm toán viên (vai trò auditor, bearer JWT), chỉ đọc: diễn biến nhiệm vụ, lịch sử quy trình đã lưu trữ (JSON gốc kèm SHA-256), ' +
          'trạng thái tại một thời điểm trong quá khứ, phát lại tất định với mã hiện tại, và kiểm tra chuỗi băm của nhật ký kiểm toán.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
