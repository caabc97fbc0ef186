import type { EntropyEstimate } from '@/audit/entropy';
import type { EntropyRequest, EntropyResponse } from '@/workers/entropy-protocol';
import EntropyWorker from '@/workers/entropy.worker.ts?worker';

/** Estimates already made, by text: going back to an earlier secret (undo, a re-paste) answers at once. */
const CACHE_SIZE = 32;
const cache = new Map<string, EntropyEstimate>();
const waiting = new Map<
  number,
  { resolve: (estimate: EntropyEstimate) => void; reject: (error: Error) => void }
>();
let worker: Worker | null = null;
let nextId = 0;

function startWorker(): Worker {
  const started = new EntropyWorker();
  started.onmessage = (event: MessageEvent<EntropyResponse>) => {
    const response = event.data;
    const pending = waiting.get(response.id);
    waiting.delete(response.id);
    if ('error' in response) pending?.reject(new Error(response.error));
    else pending?.resolve(response.estimate);
  };
  started.onerror = (event) => {
    // The worker's script itself failed (offline before it was cached): every waiting estimate fails.
    event.preventDefault();
    for (const { reject } of waiting.values())
      reject(new Error(event.message || 'the entropy worker failed'));
    waiting.clear();
    worker = null;
  };
  return started;
}

/** The estimate cached for `text`, if it was made before. */
export function cachedEntropy(text: string): EntropyEstimate | undefined {
  return cache.get(text);
}

/**
 * Estimates a secret text's entropy in a Web Worker (zxcvbn and its dictionaries load there, on the
 * first request). Requests are answered in order; callers that follow typing send only their latest text.
 */
export function estimateEntropyOffThread(text: string): Promise<EntropyEstimate> {
  const cached = cache.get(text);
  if (cached) return Promise.resolve(cached);
  worker ??= startWorker();
  const id = ++nextId;
  const request: EntropyRequest = { id, text };
  return new Promise<EntropyEstimate>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker?.postMessage(request);
  }).then((estimate) => {
    cache.set(text, estimate);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return estimate;
  });
}
