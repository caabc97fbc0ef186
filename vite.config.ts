import { fileURLToPath, URL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy lives in index.html. The dev server's React Fast Refresh needs one
 * inline preamble script, so only in dev is 'unsafe-inline' added to script-src; the production
 * build (what users and the end-to-end tests get) keeps the strict policy.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'jwt-lab:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  plugins: [react(), relaxCspForDevServer()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
