import type { MouseEvent, ReactNode } from 'react';
import Link from '@mui/material/Link';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import type { TokenHandoff } from '@/lib/handoff';
import { openInApp } from './open-in-app';

interface AppLinkProps {
  /** An in-app path, with a fragment if it names a part of the page. */
  readonly to: string;
  readonly children: ReactNode;
  /** A token (and key) for the debugger, carried in memory when the link is followed in the app. */
  readonly handoff?: () => TokenHandoff | undefined;
  readonly arrow?: boolean;
}

/** A real link (it works in a new tab too) that, clicked, moves within the app without a reload. */
export function AppLink({ to, children, handoff, arrow = false }: AppLinkProps) {
  const follow = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    openInApp(to, handoff?.());
  };
  return (
    <Link
      href={to}
      onClick={follow}
      sx={arrow ? { display: 'inline-flex', alignItems: 'center', gap: 0.5, fontWeight: 600 } : undefined}
    >
      {children}
      {arrow && <ArrowForwardIcon fontSize="small" aria-hidden />}
    </Link>
  );
}
