import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { assessSecretText } from '@/audit/assess-secret-text';
import { loadSecretList } from '@/audit/load-secret-list';
import { loadStrengthEstimator, type StrengthCheck } from '@/audit/strength-estimator';
import type { SecretEncoding } from '@/keys/key-types';
import { measureBrowserSpeed, type BrowserSpeed } from './browser-speed';

/** Something fetched or measured on first use. */
export type Loaded<T> =
  | { readonly state: 'pending' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed' };

/**
 * The assessment of a typed secret. zxcvbn, the known-secret list and the browser's speed are fetched or
 * measured only once something is typed; the verdict waits for zxcvbn and the list, so it never flips
 * from "weak" to "public" a moment later.
 */
export function useStrength(text: string, encoding: SecretEncoding) {
  const [check, setCheck] = useState<Loaded<StrengthCheck>>({ state: 'pending' });
  const [list, setList] = useState<Loaded<ReadonlySet<string>>>({ state: 'pending' });
  const [speed, setSpeed] = useState<Loaded<BrowserSpeed>>({ state: 'pending' });
  const started = text !== '';

  useEffect(() => {
    if (!started) return;
    loadStrengthEstimator().then(
      (value) => setCheck({ state: 'ready', value }),
      () => setCheck({ state: 'failed' }),
    );
    loadSecretList().then(
      (value) => setList({ state: 'ready', value }),
      () => setList({ state: 'failed' }),
    );
  }, [started]);

  // Timed only once zxcvbn and the list are in: their parsing would stall the thread that reads progress.
  const loaded = check.state !== 'pending' && list.state !== 'pending';
  useEffect(() => {
    if (!loaded) return;
    measureBrowserSpeed().then(
      (value) => setSpeed({ state: 'ready', value }),
      () => setSpeed({ state: 'failed' }),
    );
  }, [loaded]);

  const deferredText = useDeferredValue(text);
  const browser = speed.state === 'ready' ? speed.value.guessesPerSecond : null;
  const assessment = useMemo(() => {
    if (deferredText.trim() === '' || check.state !== 'ready' || list.state === 'pending') return null;
    return assessSecretText({
      text: deferredText,
      encoding,
      list: list.state === 'ready' ? list.value : null,
      check: check.value,
      browserGuessesPerSecond: browser,
    });
  }, [deferredText, encoding, check, list, browser]);

  return {
    assessment,
    loading: started && (check.state === 'pending' || list.state === 'pending'),
    estimatorFailed: check.state === 'failed',
    listFailed: list.state === 'failed',
    speed,
  };
}
