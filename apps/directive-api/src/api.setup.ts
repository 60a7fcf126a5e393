import { setUpHttpApi, type HttpHardeningConfig } from '@dondoc/app-kit';
import type { INestApplication } from '@nestjs/common';
import { requestIdMiddleware } from './common/request-id';

/** The one route that takes large bodies: letters to import, as text/plain or base64 .docx/.pdf inside JSON. */
export const IMPORT_ROUTE = { path: '/v1/directives/import', json: '25mb', text: '5mb' };

/** What main.ts and the tests both do to the app: request ids, and what every dondoc HTTP API does (setUpHttpApi). */
export function setUpApi(app: INestApplication, config: Pick<HttpHardeningConfig, 'HTTP_JSON_LIMIT' | 'WEB_ORIGIN'>): void {
  app.use(requestIdMiddleware);
  setUpHttpApi(app, config, {
    title: 'dondoc — directive API',
    description:
      'Theo dõi, đôn đốc thực hiện văn bản chỉ đạo. Mọi tuyến cần bearer JWT (vai trò: issuer, unit-head, assignee, leader, auditor, admin). ' +
      'Lệnh với nhiệm vụ được chuyển tới quy trình Temporal của nhiệm vụ: 200 kèm trạng thái mới, 409 kèm lý do từ chối.',
    largeBodyRoutes: [IMPORT_ROUTE],
  });
}
