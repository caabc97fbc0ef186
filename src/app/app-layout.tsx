import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import Tooltip from '@mui/material/Tooltip';
import LockIcon from '@mui/icons-material/LockOutlined';
import { ROUTES } from './routes';
import { ThemeModeMenu } from './theme-mode-menu';

interface AppLayoutProps {
  readonly pathname: string;
  readonly navigate: (path: string) => void;
  readonly children: ReactNode;
}

/** App bar, navigation between the pages that exist, and the page itself. */
export function AppLayout({ pathname, navigate, children }: AppLayoutProps) {
  const active = ROUTES.some((route) => route.path === pathname) ? pathname : false;
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', color: 'text.primary' }}>
      <AppBar
        position="sticky"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar sx={{ gap: 2, minHeight: { xs: 56 } }}>
          <Logo />
          <Typography variant="h6" component="p" sx={{ fontWeight: 700, letterSpacing: '-0.02em' }}>
            jwt-lab
          </Typography>
          <Box component="nav" aria-label="Pages" sx={{ flex: 1, minWidth: 0 }}>
            <Tabs value={active} variant="scrollable" scrollButtons={false} aria-label="Pages">
              {ROUTES.map((route) => (
                <Tab
                  key={route.path}
                  value={route.path}
                  label={route.label}
                  href={route.path}
                  component="a"
                  onClick={(event: React.MouseEvent) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                    event.preventDefault();
                    navigate(route.path);
                  }}
                />
              ))}
            </Tabs>
          </Box>
          <Tooltip title="Everything runs in this page: no token or key is ever sent anywhere.">
            <Box
              sx={{
                display: { xs: 'none', sm: 'flex' },
                alignItems: 'center',
                gap: 0.5,
                color: 'text.secondary',
              }}
            >
              <LockIcon fontSize="small" aria-hidden />
              <Typography variant="body2">Runs only in your browser</Typography>
            </Box>
          </Tooltip>
          <ThemeModeMenu />
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="xl" sx={{ py: { xs: 2, md: 3 }, px: { xs: 1.5, sm: 3 } }}>
        {children}
      </Container>
    </Box>
  );
}

function Logo() {
  return (
    <Box component="svg" viewBox="0 0 64 64" aria-hidden sx={{ width: 28, height: 28, flexShrink: 0 }}>
      <rect width="64" height="64" rx="14" fill="#1f2937" />
      <circle cx="18" cy="32" r="7" fill="#fb7185" />
      <circle cx="32" cy="32" r="7" fill="#a78bfa" />
      <circle cx="46" cy="32" r="7" fill="#22d3ee" />
    </Box>
  );
}
