import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { assessSecretText, secretTextToEstimate } from '@/audit/assess-secret-text';
import { loadSecretList } from '@/audit/load-secret-list';
import type { SecretEncoding } from '@/keys/key-types';
import { decodeSecret } from '@/keys/secret';
import { useEntropyEstimate } from '@/lib/use-entropy-estimate';
import { measureBrowserSpeed, type BrowserSpeed } from './browser-speed';

/** Something fetched or measured on first use. */
export type Loaded<T> =
  | { readonly state: 'pending' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed' };

/**
 * The assessment of a typed secret. The known-secret list and the browser's speed are fetched or
 * measured only once something is typed; zxcvbn runs in a Web Worker (a random 64-byte secret costs it
 * ~0.8 s). The verdict waits for the list, so it never flips from "weak" to "public" a moment later;
 * while a newer text is being estimated, the last verdict stays on screen marked `stale`.
 */
export function useStrength(text: string, encoding: SecretEncoding) {
  const [list, setList] = useState<Loaded<ReadonlySet<string>>>({ state: 'pending' });
  const [speed, setSpeed] = useState<Loaded<BrowserSpeed>>({ state: 'pending' });
  const started = text !== '';

  useEffect(() => {
    if (!started) return;
    loadSecretList().then(
      (value) => setList({ state: 'ready', value }),
      () => setList({ state: 'failed' }),
    );
  }, [started]);

  const deferredText = useDeferredValue(text);
  const blank = deferredText.trim() === '';
  const entropy = useEntropyEstimate(started && !blank ? secretTextToEstimate(deferredText) : null);

  // Timed only once the list and a first estimate are in: their loading would stall the thread that reads progress.
  const loaded = list.state !== 'pending' && entropy.latest !== null;
  useEffect(() => {
    if (!loaded) return;
    measureBrowserSpeed().then(
      (value) => setSpeed({ state: 'ready', value }),
      () => setSpeed({ state: 'failed' }),
    );
  }, [loaded]);

  const browser = speed.state === 'ready' ? speed.value.guessesPerSecond : null;
  const made = entropy.latest;
  const assessment = useMemo(() => {
    if (blank || list.state === 'pending') return null;
    // Bad input is an error beside the field at once: it needs no estimate.
    const decoded = decodeSecret(deferredText, encoding);
    if (!decoded.ok) return decoded;
    if (made === null) return null;
    const result = assessSecretText({
      text: made.text,
      encoding,
      list: list.state === 'ready' ? list.value : null,
      estimate: made.estimate,
      browserGuessesPerSecond: browser,
    });
    // The last estimate was for an older text that does not decode under this encoding: show nothing yet.
    return result.ok || made.text === secretTextToEstimate(deferredText) ? result : null;
  }, [blank, deferredText, encoding, list, made, browser]);

  return {
    assessment,
    /** The verdict shown is for an earlier text; the current one is being estimated. */
    stale: entropy.estimating && assessment?.ok === true,
    loading: started && !blank && (list.state === 'pending' || (made === null && !entropy.failed)),
    estimatorFailed: entropy.failed,
    listFailed: list.state === 'failed',
    speed,
  };
}
