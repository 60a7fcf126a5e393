import type { INestApplication } from '@nestjs/common';
import helmet from 'helmet';

/**
 * Security headers (helmet's defaults: CSP, no sniffing, frame denial, HSTS, no
 * X-Powered-By) and CORS for the web application's origin only: a page from any other
 * origin cannot call the APIs from a browser. Tokens travel in headers, never cookies.
 */
export function useSecurityHeaders(app: INestApplication, webOrigin: string): void {
  app.use(helmet());
  app.enableCors({
    origin: [new URL(webOrigin).origin],
    methods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after', 'content-disposition', 'x-content-sha256', 'x-total-count'],
    credentials: false,
    maxAge: 600,
  });
}
