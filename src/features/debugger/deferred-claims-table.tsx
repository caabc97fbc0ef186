import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';
import type { ClaimsTable as ClaimsTableType } from './claims-table';

const ClaimsTable = lazy(() => import('./claims-table').then((module) => ({ default: module.ClaimsTable })));

/** Long enough for any first verdict on a normal token; the table never waits longer than this. */
const LATEST_MS = 1000;

/**
 * The claims table, loaded once the first verdict is on screen (or after a second at most). It sits
 * below the verdict and the decoded parts, and its registry of explanations is the largest text the
 * debugger has: keeping it out of the first download makes the verdict arrive sooner.
 */
export function DeferredClaimsTable({
  settled,
  ...props
}: ComponentProps<typeof ClaimsTableType> & { readonly settled: boolean }) {
  const [wanted, setWanted] = useState(settled);
  // Once wanted, always wanted: a later pending verdict (the user typing) keeps the table on screen.
  if (settled && !wanted) setWanted(true);
  useEffect(() => {
    if (wanted) return undefined;
    const timer = setTimeout(() => setWanted(true), LATEST_MS);
    return () => clearTimeout(timer);
  }, [wanted]);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <ClaimsTable {...props} />
    </Suspense>
  );
}
