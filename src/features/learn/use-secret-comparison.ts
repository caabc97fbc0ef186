import { useMemo, useState } from 'react';
import { assessSecretText, secretTextToEstimate } from '@/audit/assess-secret-text';
import { loadSecretList } from '@/audit/load-secret-list';
import { useEntropyEstimate, type MadeEstimate } from '@/lib/use-entropy-estimate';

type Loading<T> =
  { readonly state: 'idle' | 'pending' | 'failed' } | { readonly state: 'ready'; readonly value: T };

/**
 * Assesses a generated secret (base64url) and a human one (UTF-8) with the Keys page's assessment. zxcvbn
 * (in a Web Worker) and the list of published secrets are fetched (from this site) only when `load` is
 * first called.
 */
export function useSecretComparison(generated: string | null, human: string) {
  const [list, setList] = useState<Loading<ReadonlySet<string>>>({ state: 'idle' });
  const started = list.state !== 'idle';
  const load = () => {
    if (started) return;
    setList({ state: 'pending' });
    // Without the list, only the well-known defaults count as published: the verdict can still be given.
    loadSecretList().then(
      (value) => setList({ state: 'ready', value }),
      () => setList({ state: 'failed' }),
    );
  };
  const generatedEntropy = useEntropyEstimate(started && generated !== null ? generated : null);
  const humanEntropy = useEntropyEstimate(
    started && human.trim() !== '' ? secretTextToEstimate(human) : null,
  );
  const generatedAssessment = useMemo(
    () => (generated === null ? null : assessWith(generated, 'base64url', generatedEntropy.latest, list)),
    [generated, generatedEntropy.latest, list],
  );
  const humanAssessment = useMemo(
    () => assessWith(human, 'utf8', humanEntropy.latest, list),
    [human, humanEntropy.latest, list],
  );
  const failed = generatedEntropy.failed || humanEntropy.failed;
  return {
    load,
    loading: !failed && (list.state === 'pending' || generatedEntropy.estimating || humanEntropy.estimating),
    failed,
    generated: generatedAssessment,
    human: humanAssessment,
  };
}

/** The assessment of `text`, once its own estimate is made and the list has loaded (or failed to). */
function assessWith(
  text: string,
  encoding: 'base64url' | 'utf8',
  made: MadeEstimate | null,
  list: Loading<ReadonlySet<string>>,
) {
  if (list.state === 'pending' || list.state === 'idle' || text.trim() === '') return null;
  if (made === null || made.text !== secretTextToEstimate(text)) return null;
  return assessSecretText({
    text,
    encoding,
    list: list.state === 'ready' ? list.value : null,
    estimate: made.estimate,
    browserGuessesPerSecond: null,
  });
}
