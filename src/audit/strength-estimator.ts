/**
 * The password-strength estimator (zxcvbn-ts) behind the secret assessment. Its dictionaries weigh
 * megabytes, so they arrive only through the dynamic `import()` below: no page's first screen pays
 * for them, and the pure assessment takes the estimator's result as input instead.
 */
import type { ZxcvbnResult } from '@zxcvbn-ts/core';

/** The part of a zxcvbn result the assessment reads: the analysed text, its guesses and its matches. */
export type StrengthResult = Pick<ZxcvbnResult, 'password' | 'guessesLog10' | 'sequence' | 'feedback'>;

/** Estimates how many guesses a text takes (zxcvbn's `check`). */
export type StrengthCheck = (text: string) => StrengthResult;

let loading: Promise<StrengthCheck> | null = null;

/** Loads zxcvbn-ts with its common and English dictionaries (once) and returns its check function. */
export function loadStrengthEstimator(): Promise<StrengthCheck> {
  loading ??= importEstimator().catch((error: unknown) => {
    // A failed chunk download (offline, new deploy) must not poison every later attempt.
    loading = null;
    throw error;
  });
  return loading;
}

async function importEstimator(): Promise<StrengthCheck> {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  const factory = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
    // useLevenshteinDistance stays off: it would catch near-misses ("passwrod1") but scans every
    // dictionary on every check (~270 ms each in Node), too slow to run as the user types.
  });
  return (text) => factory.check(text);
}
