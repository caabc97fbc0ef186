import { useEffect, useState } from 'react';
import { loadSecretList } from '@/audit/load-secret-list';

/**
 * The wallarm list of known JWT secrets (1.2 MB, gzipped), fetched from this origin only once a secret
 * is actually entered, so the first paint never waits for it.
 */
export function useKnownSecretList(needed: boolean): ReadonlySet<string> | null {
  const [list, setList] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!needed || list) return;
    let live = true;
    loadSecretList().then(
      (loaded) => {
        if (live) setList(loaded);
      },
      (error: unknown) => console.warn('jwt-lab: the known-secret list could not be loaded', error),
    );
    return () => {
      live = false;
    };
  }, [needed, list]);
  return list;
}
