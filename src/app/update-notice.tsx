import { lazy, Suspense, useSyncExternalStore } from 'react';
import { appUpdates } from '@/lib/service-worker';

const UpdateSnackbar = lazy(() => import('./update-snackbar').then((m) => ({ default: m.UpdateSnackbar })));

/**
 * The "new version is ready" notice: renders nothing, and fetches no code, until a new service worker
 * waits (src/lib/service-worker.ts); then the Snackbar of ./update-snackbar.tsx.
 */
export function UpdateNotice() {
  const waiting = useSyncExternalStore(appUpdates.subscribe, () => appUpdates.get() !== null);
  return waiting ? (
    <Suspense fallback={null}>
      <UpdateSnackbar />
    </Suspense>
  ) : null;
}
