import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { theme } from './app/theme';
import { UpdateNotice } from './app/update-notice';
import { registerServiceWorker } from './lib/service-worker';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={theme} defaultMode="system" disableTransitionOnChange>
      <CssBaseline enableColorScheme />
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
      <UpdateNotice />
    </ThemeProvider>
  </StrictMode>,
);

// Offline use (vite.config.ts): production builds only, so the dev server's files are never cached.
if (import.meta.env.PROD) registerServiceWorker();
