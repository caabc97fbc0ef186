import { useDeferredValue, useEffect, useRef, useState } from 'react';
import type { Result } from '@/core/errors';
import type { JwksInspection } from '@/rotation/jwks-inspection';
import type { JwksInspectRequest, JwksInspectResponse } from '@/workers/jwks-inspect-protocol';

interface Running {
  readonly worker: Worker;
  busy: boolean;
}

function startWorker(): Running {
  const worker = new Worker(new URL('../../workers/jwks-inspect.worker.ts', import.meta.url), {
    type: 'module',
  });
  return { worker, busy: false };
}

/**
 * Inspects the text as a JWKS in a worker. New text cancels the run in progress (its worker is
 * stopped, not merely ignored), so a 10,000-key set pasted and then replaced costs nothing more.
 */
export function useJwksInspection(text: string): {
  result: Result<JwksInspection> | null;
  pending: boolean;
} {
  const deferred = useDeferredValue(text);
  const [done, setDone] = useState<{ text: string; result: Result<JwksInspection> } | null>(null);
  const running = useRef<Running | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const id = ++latest.current;
    if (running.current?.busy) {
      running.current.worker.terminate();
      running.current = null;
    }
    if (deferred.trim() === '') return;
    const current = (running.current ??= startWorker());
    current.busy = true;
    current.worker.onmessage = (event: MessageEvent<JwksInspectResponse>) => {
      current.busy = false;
      if (event.data.id === latest.current) setDone({ text: deferred, result: event.data.result });
    };
    const request: JwksInspectRequest = { id, text: deferred };
    current.worker.postMessage(request);
  }, [deferred]);

  useEffect(
    () => () => {
      running.current?.worker.terminate();
      running.current = null; // StrictMode remounts: the next text makes a new worker
    },
    [],
  );

  if (text.trim() === '') return { result: null, pending: false };
  return { result: done?.result ?? null, pending: done?.text !== text };
}
