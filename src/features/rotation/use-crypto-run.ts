import { useEffect, useRef, useState } from 'react';
import { runCrypto, type CryptoRun } from '@/rotation/run-crypto';
import type { World } from '@/rotation/world';

/** A finished run and the moment it belongs to, so callers can tell a current run from a stale one. */
export interface CryptoSnapshot {
  readonly world: World;
  readonly atS: number;
  readonly run: CryptoRun;
}

/**
 * Signs every token with jose and verifies it with the verifier's real key set at `atS`. Each run
 * reuses the previous one (keys, signatures); a run that finishes after a newer one started is dropped.
 */
export function useCryptoRun(
  world: World,
  atS: number,
): { snapshot: CryptoSnapshot | null; current: boolean } {
  const [snapshot, setSnapshot] = useState<CryptoSnapshot | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const previous = useRef<CryptoRun | undefined>(undefined);
  const requests = useRef(0);

  useEffect(() => {
    const request = ++requests.current;
    runCrypto(world, atS, previous.current).then(
      (run) => {
        if (request !== requests.current) return;
        previous.current = run;
        setSnapshot({ world, atS, run });
      },
      (error: unknown) => {
        if (request === requests.current) setFailure(error ?? new Error('runCrypto failed'));
      },
    );
  }, [world, atS]);

  // A crypto failure is a bug (the domain guarantees key material for every token): let the boundary show it.
  if (failure !== null) throw failure instanceof Error ? failure : new Error(String(failure));
  const current = snapshot !== null && snapshot.world === world && snapshot.atS === atS;
  return { snapshot, current };
}
