import { fileURLToPath, URL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { SECURITY_HEADERS } from './deploy/security-headers.ts';

/**
 * The Content-Security-Policy is in index.html (a meta tag, for hosts that send no headers) and in
 * the headers of deploy/security-headers.ts, which `vite preview` sends. The dev server's React Fast
 * Refresh needs one inline preamble script, so only in dev is 'unsafe-inline' added to the meta's
 * script-src, and the dev server sends no CSP header; the production build (what users and the
 * end-to-end tests get) keeps the strict policy.
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
  // Every end-to-end test runs under the headers a host should send (README, "Privacy promise").
  preview: { port: 4173, headers: SECURITY_HEADERS },
});
