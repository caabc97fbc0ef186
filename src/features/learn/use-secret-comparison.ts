import { useMemo, useState } from 'react';
import { assessSecretText } from '@/audit/assess-secret-text';
import { loadSecretList } from '@/audit/load-secret-list';
import { loadStrengthEstimator, type StrengthCheck } from '@/audit/strength-estimator';

type Loading<T> =
  { readonly state: 'idle' | 'pending' | 'failed' } | { readonly state: 'ready'; readonly value: T };

/**
 * Assesses a generated secret (base64url) and a human one (UTF-8) with the Keys page's assessment. zxcvbn
 * and the list of published secrets are fetched (from this site) only when `load` is first called.
 */
export function useSecretComparison(generated: string | null, human: string) {
  const [check, setCheck] = useState<Loading<StrengthCheck>>({ state: 'idle' });
  const [list, setList] = useState<Loading<ReadonlySet<string>>>({ state: 'idle' });
  const load = () => {
    if (check.state !== 'idle') return;
    setCheck({ state: 'pending' });
    setList({ state: 'pending' });
    loadStrengthEstimator().then(
      (value) => setCheck({ state: 'ready', value }),
      () => setCheck({ state: 'failed' }),
    );
    // Without the list, only the well-known defaults count as published: the verdict can still be given.
    loadSecretList().then(
      (value) => setList({ state: 'ready', value }),
      () => setList({ state: 'failed' }),
    );
  };
  const generatedAssessment = useMemo(
    () => (generated === null ? null : assessWith(generated, 'base64url', check, list)),
    [generated, check, list],
  );
  const humanAssessment = useMemo(() => assessWith(human, 'utf8', check, list), [human, check, list]);
  return {
    load,
    loading: check.state === 'pending' || list.state === 'pending',
    failed: check.state === 'failed',
    generated: generatedAssessment,
    human: humanAssessment,
  };
}

function assessWith(
  text: string,
  encoding: 'base64url' | 'utf8',
  check: Loading<StrengthCheck>,
  list: Loading<ReadonlySet<string>>,
) {
  if (check.state !== 'ready' || list.state === 'pending' || list.state === 'idle' || text.trim() === '')
    return null;
  return assessSecretText({
    text,
    encoding,
    list: list.state === 'ready' ? list.value : null,
    check: check.value,
    browserGuessesPerSecond: null,
  });
}
