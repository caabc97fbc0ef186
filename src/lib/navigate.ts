/**
 * Client-side navigation without importing the app shell (features may not): push the path and let
 * the router (`src/app/use-location.ts`) hear it as a popstate.
 */
export function navigateTo(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
