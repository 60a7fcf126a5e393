// `node -r @swc-node/register apps/web/server/main.ts`: serves the built web app on WEB_PORT (8080).
import { createWebServer } from './static-proxy.server';
import { loadWebConfig } from './web.config';

const config = loadWebConfig();
createWebServer(config).listen(config.WEB_PORT, config.WEB_HOST, () => {
  console.log(
    `[web] serving ${config.WEB_DIST_DIR} on http://${config.WEB_HOST}:${config.WEB_PORT} (API ${config.DIRECTIVE_API_URL}, audit ${config.AUDIT_API_URL})`,
  );
});
