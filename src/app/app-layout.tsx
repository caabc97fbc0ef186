import type { MouseEvent, ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
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
  const follow = (path: string) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(path);
  };
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', color: 'text.primary' }}>
      <AppBar
        position="sticky"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        {/* Below md the links take a row of their own, so all of them fit a 390 px phone. */}
        <Toolbar
          sx={{ gap: { xs: 1, sm: 2 }, minHeight: { xs: 56 }, flexWrap: { xs: 'wrap', md: 'nowrap' } }}
        >
          <Box
            component="a"
            href="/"
            onClick={follow('/')}
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1,
              color: 'inherit',
              textDecoration: 'none',
              minHeight: 56,
            }}
          >
            <Logo />
            <Typography variant="h6" component="span" sx={{ fontWeight: 700, letterSpacing: '-0.02em' }}>
              jwt-lab
            </Typography>
          </Box>
          <Box sx={{ flex: 1, display: { md: 'none' } }} />
          <Box
            component="nav"
            aria-label="Pages"
            sx={{
              flex: { md: 1 },
              flexBasis: { xs: 'calc(100% + 32px)', sm: 'calc(100% + 16px)', md: 'auto' },
              order: { xs: 3, md: 0 },
              minWidth: 0,
              overflowX: 'auto',
              // On a phone the row of links runs edge to edge, so five or six of them fit 390 px.
              mx: { xs: -2, sm: -1, md: 0 },
            }}
          >
            <Box
              component="ul"
              sx={{
                display: 'flex',
                justifyContent: { xs: 'space-around', sm: 'flex-start' },
                gap: { xs: 0, sm: 0.5 },
                m: 0,
                p: 0,
                listStyle: 'none',
              }}
            >
              {ROUTES.map((route) => {
                const current = route.path === pathname;
                return (
                  <li key={route.path}>
                    <ButtonBase
                      component="a"
                      href={route.path}
                      aria-current={current ? 'page' : undefined}
                      onClick={follow(route.path)}
                      sx={{
                        px: { xs: 0.5, sm: 1.5 },
                        height: { xs: 44, md: 56 },
                        whiteSpace: 'nowrap',
                        typography: 'body2',
                        fontSize: { xs: 13, sm: 14 },
                        fontWeight: 600,
                        color: current ? 'primary.main' : 'text.secondary',
                        borderBottom: 2,
                        borderColor: current ? 'primary.main' : 'transparent',
                        '&:hover': { color: 'text.primary' },
                        '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -4 },
                      }}
                    >
                      {route.label}
                    </ButtonBase>
                  </li>
                );
              })}
            </Box>
          </Box>
          <Box
            title="Everything runs in this page: no token or key is ever sent anywhere."
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
