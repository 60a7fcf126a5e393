import { setUpHttpApi } from '@dondoc/app-kit';
import { PassThroughRpcFilter } from '@dondoc/messaging';
import type { INestApplication } from '@nestjs/common';
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

/** What main.ts and the tests both do to the app: one error shape, and what every dondoc HTTP API does (setUpHttpApi). */
export function setUpAuditApi(app: INestApplication, config: Pick<AuditConfig, 'HTTP_JSON_LIMIT' | 'WEB_ORIGIN'>): void {
  app.useGlobalFilters(new HttpErrorsFilter());
  setUpHttpApi(app, config, {
    title: 'dondoc — kiểm toán (audit)',
    description:
      'Dành cho kiểm toán viên (vai trò auditor, bearer JWT), chỉ đọc: diễn biến nhiệm vụ, lịch sử quy trình đã lưu trữ (JSON gốc kèm SHA-256), ' +
      'trạng thái tại một thời điểm trong quá khứ, phát lại tất định với mã hiện tại, và kiểm tra chuỗi băm của nhật ký kiểm toán.',
  });
}
