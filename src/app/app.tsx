import { Suspense } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { AppLayout } from './app-layout';
import { ErrorBoundary } from './error-boundary';
import { NotFoundPage } from './not-found-page';
import { findRoute } from './routes';
import { useLocation } from './use-location';

/** Composition only: the current route's page inside the layout, each page behind its own error boundary. */
export function App() {
  const { pathname, navigate } = useLocation();
  const route = findRoute(pathname);
  const Page = route?.page;
  return (
    <AppLayout pathname={route?.path ?? pathname} navigate={navigate}>
      <ErrorBoundary key={route?.path ?? 'not-found'}>
        <Suspense fallback={<PageLoading />}>
          {Page ? <Page /> : <NotFoundPage navigate={navigate} />}
        </Suspense>
      </ErrorBoundary>
    </AppLayout>
  );
}

function PageLoading() {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 8 }}>
      <Typography role="status" sx={{ color: 'text.secondary' }}>
        Loading…
      </Typography>
    </Box>
  );
}
