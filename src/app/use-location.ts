import { useCallback, useSyncExternalStore } from 'react';
import { navigateTo } from '@/lib/navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getPathname = () => window.location.pathname;

/** The current pathname and a `navigate` that pushes history (a router small enough to read). */
export function useLocation(): { pathname: string; navigate: (path: string) => void } {
  const pathname = useSyncExternalStore(subscribe, getPathname);
  const navigate = useCallback((path: string) => {
    navigateTo(path);
    window.scrollTo(0, 0);
  }, []);
  return { pathname, navigate };
}
