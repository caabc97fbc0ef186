/// <reference types="vite-plugin-pwa/vanillajs" />
import { createUpdateStore, whenPageSettles, type PageEvents } from './update-store';

/** Whether a new version waits; read by the update notice (src/app/update-notice.tsx). */
export const appUpdates = createUpdateStore();

// Safari has no requestIdleCallback; a short timer after `load` is the next best thing.
const IDLE_TIMEOUT_MS = 5_000;

const BROWSER: PageEvents = {
  isLoaded: () => document.readyState === 'complete',
  onLoad: (run) => window.addEventListener('load', run, { once: true }),
  onIdle: (run) =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
      : window.setTimeout(run, 1_000),
  onPause: (run) => window.setTimeout(run, 500),
  // Busy until a page is on screen (while a route's chunk loads there is no h1 yet), then while
  // anything on it is pending.
  isBusy: () => !document.querySelector('main h1') || document.querySelector('[aria-busy="true"]') !== null,
};

/**
 * Registers the Workbox service worker (vite-plugin-pwa, see vite.config.ts) once the page has settled
 * (loaded, idle, no pending verdict; at most ~20 s of waiting on a busy page),
 * so it can be used offline. Only production builds call it: the dev server's files are never cached.
 * Its code (and workbox-window) is a separate chunk, fetched only then.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  whenPageSettles(() => {
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const activate = registerSW({
        onNeedRefresh: () => appUpdates.offer(() => void activate()),
        // Offline use is an extra: where registration is refused (a policy, a private window), the app
        // simply keeps working online.
        onRegisterError: () => undefined,
      });
    });
  }, BROWSER);
}
