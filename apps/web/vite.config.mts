import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The people's single-page app, built to dist/apps/web and served by apps/web/server
// (static files plus a same-origin proxy to the directive and audit APIs).
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/v1/audit': 'http://127.0.0.1:3001', '/v1': 'http://127.0.0.1:3000' },
  },
});
