import { useEffect, useMemo, useRef, useState } from 'react';
import { decodeToken } from '@/jwt/decode';
import type { DecodedToken } from '@/jwt/decoded-token';
import { extractToken, type ExtractedToken } from '@/jwt/extract-token';
import type { DecodeRequest, DecodeResponse } from '@/workers/decode-protocol';

/**
 * Past this length the token is found and decoded in a worker: the main thread keeps answering input
 * while a multi-megabyte token is read (a 5 MB paste stalled the page 1.7 s). Below it, decoding in
 * render is faster than a round trip to a worker.
 */
export const WORKER_THRESHOLD = 200_000;

interface Decoding {
  readonly text: string;
  readonly extracted: ExtractedToken;
  readonly decoded: DecodedToken;
}

/** The decoded token for `text`, and `behind` while a worker is still decoding a newer large text. */
export function useDecoded(text: string): Decoding & { readonly behind: boolean } {
  const small = text.length <= WORKER_THRESHOLD;
  const inline = useMemo(() => {
    if (!small) return null;
    const extracted = extractToken(text);
    return { text, extracted, decoded: decodeToken(extracted.token) };
  }, [small, text]);
  const [fromWorker, setFromWorker] = useState<Decoding | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (small) return;
    worker.current ??= new Worker(new URL('../../workers/decode.worker.ts', import.meta.url), {
      type: 'module',
    });
    const id = ++latest.current;
    worker.current.onmessage = (event: MessageEvent<DecodeResponse>) => {
      // Only the answer to the newest request counts; older ones are dropped.
      if (event.data.id === latest.current)
        setFromWorker({ text, extracted: event.data.extracted, decoded: event.data.decoded });
    };
    const request: DecodeRequest = { id, text };
    worker.current.postMessage(request);
  }, [small, text]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null; // StrictMode remounts: the next large text makes a new worker
    },
    [],
  );

  if (inline) return { ...inline, behind: false };
  // While the worker reads a new large text, the last result stays on screen, marked as behind.
  const shown = fromWorker ?? { text: '', extracted: extractToken(''), decoded: decodeToken('') };
  return { ...shown, behind: shown.text !== text };
}
