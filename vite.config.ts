import { fileURLToPath, URL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
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

/** The app's colours (src/app/theme.ts): the app bar is the paper colour, the page the default. */
const LIGHT = { bar: '#ffffff', page: '#f7f8fa' };

/**
 * Offline use and installation (README, "Privacy promise"): Workbox, generated at build time by
 * vite-plugin-pwa and bundled into one same-origin sw.js (no CDN), precaches every file of the build
 * and nothing else. It has no runtime caching at all, so it answers only the app's own GETs of those
 * files, plus navigations (served index.html: every route is the one page); any other request — none
 * is expected — goes to the network untouched. Tokens and keys never reach it: they are in memory and
 * `#token=` fragments are never part of a request. Registration is in src/lib/service-worker.ts, only
 * in production builds; the dev server never has a worker (devOptions stays off).
 */
const offlineApp = VitePWA({
  includeManifestIcons: false, // the icons are in globPatterns already
  registerType: 'prompt', // a new version waits for the user's "Reload" (src/app/update-notice.tsx)
  injectRegister: false,
  manifest: {
    id: '/',
    name: 'jwt-lab — JSON Web Token playground',
    short_name: 'jwt-lab',
    description: 'Decode, verify and sign JSON Web Tokens entirely in your browser.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: LIGHT.bar,
    background_color: LIGHT.page,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Everything the build emits: chunks of every route, Monaco and its workers and font, our
    // workers, the known-secret list (and its licence), icons, the manifest. The WebAssembly kernels
    // are generated in the worker at run time, so there is no .wasm file. _headers is for hosts only.
    globPatterns: ['**/*'],
    globIgnores: ['_headers', 'manifest.webmanifest'], // the plugin adds the manifest itself
    // Monaco's main chunk is ~3.9 MB; the default ceiling (2 MiB) would silently leave it out.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    // A path naming a file (/known-secrets/…, /_headers) is not an app route: let the network answer.
    navigateFallbackDenylist: [/\/[^/]+\.[^/]+$/],
    runtimeCaching: [],
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
  },
});

export default defineConfig({
  plugins: [react(), relaxCspForDevServer(), offlineApp],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  server: { port: 5173 },
  // Every end-to-end test runs under the headers a host should send (README, "Privacy promise").
  preview: { port: 4173, headers: SECURITY_HEADERS },
});
