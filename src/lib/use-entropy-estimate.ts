import { useEffect, useMemo, useRef, useState } from 'react';
import type { EntropyEstimate } from '@/audit/entropy';
import { cachedEntropy, estimateEntropyOffThread } from './entropy-estimator';

/** The latest estimate made, for the text it was made for. */
export interface MadeEstimate {
  readonly text: string;
  readonly estimate: EntropyEstimate;
}

export interface EntropyEstimateState {
  /** The most recent estimate made; its `text` may be older than the one asked for (see `estimating`). */
  readonly latest: MadeEstimate | null;
  /** The text asked for has no estimate yet: one is being made. */
  readonly estimating: boolean;
  /** zxcvbn could not be loaded. */
  readonly failed: boolean;
}

/**
 * Follows `text` (null: nothing to estimate) with entropy estimates made off the main thread. While
 * one is being made, newer texts wait and only the newest is estimated next: typing an 86-character
 * secret key by key queues one estimate, not 86.
 */
export function useEntropyEstimate(text: string | null): EntropyEstimateState {
  const [latest, setLatest] = useState<MadeEstimate | null>(null);
  const [failed, setFailed] = useState(false);
  const wanted = useRef(text);
  const inFlight = useRef(false);
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    /** Sends the newest text unless an estimate is being made; its answer sends the next newest. */
    const pump = () => {
      const asked = wanted.current;
      if (inFlight.current || asked === null || !mounted.current) return;
      inFlight.current = true;
      estimateEntropyOffThread(asked).then(
        (estimate) => {
          inFlight.current = false;
          if (!mounted.current) return;
          setFailed(false);
          setLatest({ text: asked, estimate });
          if (wanted.current !== asked) pump();
        },
        () => {
          inFlight.current = false;
          if (mounted.current) setFailed(true);
        },
      );
    };
    wanted.current = text;
    pump();
  }, [text]);

  // An earlier text's estimate, kept in the cache, answers at once (the same object for the same text).
  const cached = text === null ? undefined : cachedEntropy(text);
  const current = useMemo(
    () => (cached !== undefined && text !== null ? { text, estimate: cached } : latest),
    [cached, text, latest],
  );
  return {
    latest: current,
    estimating: text !== null && current?.text !== text && !failed,
    failed,
  };
}
