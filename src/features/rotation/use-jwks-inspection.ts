import { useDeferredValue, useEffect, useRef, useState } from 'react';
import type { Result } from '@/core/errors';
import { inspectJwks, type JwksReport } from '@/rotation/jwks-inspect';

/** Inspects the pasted text as a JWKS; a result that arrives after newer text was typed is dropped. */
export function useJwksInspection(text: string): { result: Result<JwksReport> | null; pending: boolean } {
  const deferred = useDeferredValue(text);
  const [done, setDone] = useState<{ text: string; result: Result<JwksReport> } | null>(null);
  const requests = useRef(0);
  useEffect(() => {
    const request = ++requests.current;
    if (deferred.trim() === '') return;
    void inspectJwks(deferred).then((result) => {
      if (request === requests.current) setDone({ text: deferred, result });
    });
  }, [deferred]);
  if (text.trim() === '') return { result: null, pending: false };
  return { result: done?.result ?? null, pending: done?.text !== text };
}
