/**
 * A token's outcome over time, as spans: what the verifier would say at every moment from the
 * token's issue to a given end. The timeline colours each token's bar with these.
 */
import { tokenOutcome, type Outcome } from './outcome';
import { jwksFetchTimes } from './verifier-view';
import { findKey, type SimToken, type World } from './world';

/** From `fromS` (included) to `toS` (excluded) the verifier says `outcome`. */
export interface OutcomeSpan {
  readonly fromS: number;
  readonly toS: number;
  readonly outcome: Outcome;
}

/**
 * The token's outcome from its issue up to `untilS`, in time order, neighbours always different.
 * An outcome can change only when the token expires, its key is published or retired, or (for a
 * key served by a cached JWKS) when the verifier fetches the set; between those moments it holds.
 */
export function outcomeSpans(world: World, token: SimToken, untilS: number): OutcomeSpan[] {
  if (untilS <= token.issuedAt) return [];
  const key = findKey(world, token.kid);
  const fetches = key?.kind === 'es256' ? jwksFetchTimes(world.verifier, token.issuedAt, untilS) : [];
  const cuts = [token.issuedAt, token.expiresAt, key?.publishedAt, key?.retiredAt, ...fetches]
    .filter((at): at is number => at !== undefined && at >= token.issuedAt && at < untilS)
    .sort((a, b) => a - b);
  const spans: OutcomeSpan[] = [];
  for (const [index, fromS] of cuts.entries()) {
    const toS = cuts[index + 1] ?? untilS;
    if (toS <= fromS) continue;
    const { outcome } = tokenOutcome(world, token, fromS);
    const last = spans.at(-1);
    if (last?.outcome === outcome) spans[spans.length - 1] = { ...last, toS };
    else spans.push({ fromS, toS, outcome });
  }
  return spans;
}
