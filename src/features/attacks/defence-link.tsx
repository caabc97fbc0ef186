import type { MouseEvent } from 'react';
import Link from '@mui/material/Link';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import type { DefenceLink as Defence } from '@/attacks/experiment';
import { handOff } from '@/lib/handoff';
import { navigateTo } from '@/lib/navigate';
import { isDebuggerPath } from './attack-run-state';

// The next page is loaded lazily: look for the fragment's element for up to this long.
const FIND_MS = 3000;

/** Goes to another page of the app without reloading, then to the part the path's fragment names. */
function openInApp(path: string): void {
  navigateTo(path);
  window.scrollTo(0, 0);
  const id = fragmentOf(path);
  if (!id) return;
  const until = performance.now() + FIND_MS;
  const look = () => {
    const target = document.getElementById(id);
    if (target) target.scrollIntoView({ block: 'start' });
    else if (performance.now() < until) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

function fragmentOf(path: string): string {
  try {
    return decodeURIComponent(new URL(path, window.location.origin).hash.slice(1));
  } catch {
    return ''; // a malformed escape names no element
  }
}

interface DefenceLinkProps {
  readonly defence: Defence;
  /** The forged token of the run on screen: the debugger opens with it, so its own warning shows. */
  readonly token?: string;
}

/** A link to the place in the app that shows the defence against this attack. */
export function DefenceLink({ defence, token }: DefenceLinkProps) {
  const follow = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    // In memory only, like every hand-off between pages: never in the URL (PRODUCT.md).
    if (token && isDebuggerPath(defence.path)) handOff({ token, keyText: '', encoding: 'utf8' });
    openInApp(defence.path);
  };
  return (
    <Link
      href={defence.path}
      onClick={follow}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontWeight: 600 }}
    >
      {defence.label}
      <ArrowForwardIcon fontSize="small" aria-hidden />
    </Link>
  );
}
