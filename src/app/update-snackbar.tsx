import { useSyncExternalStore } from 'react';
import Button from '@mui/material/Button';
import Snackbar, { type SnackbarCloseReason } from '@mui/material/Snackbar';
import { appUpdates } from '@/lib/service-worker';

/**
 * "A new version is ready — Reload". Loaded lazily (./update-notice.tsx) only once a new service worker
 * waits, so MUI's Snackbar never weighs on the first download. Nothing reloads until the user asks:
 * tokens and keys live only in this page's memory, and a reload clears them.
 */
export function UpdateSnackbar() {
  const update = useSyncExternalStore(appUpdates.subscribe, appUpdates.get);
  const close = (_event: unknown, reason?: SnackbarCloseReason) => {
    if (reason !== 'clickaway') appUpdates.dismiss();
  };
  return (
    <Snackbar
      open={update !== null}
      onClose={close}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      slotProps={{ content: { sx: { maxWidth: 520 } } }}
      message={
        <span>
          <strong>A new version of jwt-lab is ready.</strong> Reloading starts it and clears the tokens and
          keys on this page: they are kept in memory only, never stored. Reload when you are done, or it
          starts on your next visit.
        </span>
      }
      action={
        <>
          <Button color="inherit" size="small" onClick={() => appUpdates.dismiss()}>
            Later
          </Button>
          <Button variant="contained" size="small" onClick={() => update?.reload()}>
            Reload
          </Button>
        </>
      }
    />
  );
}
