import { useEffect, useRef, useState } from 'react';
import { findKnownSecret, type KnownSecretMatch } from '@/audit/secret-list';
import type { KnownSecretRequest, KnownSecretResponse } from '@/workers/known-secrets-protocol';
import KnownSecretsWorker from '@/workers/known-secrets.worker.ts?worker';

let worker: Worker | null = null;
let nextId = 0;

/**
 * Whether a secret is publicly known: the well-known table answers at once; the 103,781-entry
 * wallarm list is fetched and searched in a Web Worker, only once a secret is entered and `searchList`
 * is true (a caller may hold the search back until more urgent work is done).
 */
export function useKnownSecret(candidates: readonly string[], searchList = true): KnownSecretMatch | null {
  const wellKnown =
    candidates.map((text) => findKnownSecret(text, null)).find((match) => match !== null) ?? null;
  const [fromList, setFromList] = useState<{ key: string; match: KnownSecretMatch | null } | null>(null);
  const key = candidates.join('\u0000');
  const latest = useRef(0);

  useEffect(() => {
    if (wellKnown || candidates.length === 0 || !searchList) return;
    worker ??= new KnownSecretsWorker();
    const id = ++nextId;
    latest.current = id;
    const onMessage = (event: MessageEvent<KnownSecretResponse>) => {
      if (event.data.id !== id) return;
      if (event.data.error) console.warn('jwt-lab: the known-secret list is unavailable:', event.data.error);
      if (latest.current === id) setFromList({ key, match: event.data.match });
    };
    worker.addEventListener('message', onMessage);
    worker.postMessage({ id, candidates } satisfies KnownSecretRequest);
    return () => worker?.removeEventListener('message', onMessage);
    // `key` stands for the candidates' content; the array itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, wellKnown, searchList]);

  if (wellKnown) return wellKnown;
  return fromList?.key === key ? fromList.match : null;
}
