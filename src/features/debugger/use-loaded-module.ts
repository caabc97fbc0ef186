import { useEffect, useState } from 'react';

const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * A module loaded on first need, without Suspense: null until it arrives, then the module (at once on
 * later mounts), so the panels around it never blink to a fallback while it loads.
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
