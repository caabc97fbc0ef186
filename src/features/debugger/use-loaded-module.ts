import { useEffect, useState } from 'react';

const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * A module loaded on first need, without Suspense: null until it arrives, then the module (at once on
 * later mounts). A lazy component that suspends while the page itself is first mounting can make
 * React throw that first render away and run the page's state initialisers again — and the token
 * handed over from another page is taken only once (src/lib/handoff.ts).
 */
export function useLoadedModule<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [module, setModule] = useState<T | null>(() => (loaded.get(load) as T | undefined) ?? null);
  useEffect(() => {
    if (!wanted || module) return;
    let mounted = true;
    void load().then((value) => {
      loaded.set(load, value);
      if (mounted) setModule(value);
    });
    return () => {
      mounted = false;
    };
  }, [load, wanted, module]);
  return module;
}
