import type { SecretEncoding } from '@/keys/key-types';
import type { DecodedToken } from './decoded-token';
import type { Verification } from './verification';

/** What a signature verdict depends on. The decoded token is compared by identity. */
export interface VerificationInputs {
  readonly token: DecodedToken;
  readonly keyText: string;
  readonly encoding: SecretEncoding;
}

/** A verdict that has arrived, with the inputs it was computed for. */
export interface SettledVerification {
  readonly inputs: VerificationInputs;
  readonly result: Verification;
}

/** The verdict shown while a check runs: no verdict at all, never the previous one. */
export const PENDING: Verification = {
  state: 'pending',
  headline: 'Checking the signature…',
  details: [],
  hints: [],
};

/**
 * The verdict for the inputs on screen now. A verdict that needs no cryptography (`immediate`) is
 * shown at once; an async one only when it was computed for exactly these inputs; otherwise `pending`
 * — so a forged payload is never shown beside the verdict of the token it replaced. While pending,
 * the parsed key of the last verdict is kept when the key itself did not change (its notes stay put).
 */
export function currentVerification(
  inputs: VerificationInputs,
  immediate: Verification | null,
  settled: SettledVerification | null,
  decodeIsBehind: boolean,
): Verification {
  if (decodeIsBehind) return pendingAfter(settled, inputs);
  if (immediate) return immediate;
  if (settled && sameInputs(settled.inputs, inputs)) return settled.result;
  return pendingAfter(settled, inputs);
}

function sameInputs(a: VerificationInputs, b: VerificationInputs): boolean {
  return a.token === b.token && a.keyText === b.keyText && a.encoding === b.encoding;
}

function pendingAfter(settled: SettledVerification | null, inputs: VerificationInputs): Verification {
  const key = settled?.result.key;
  const sameKey =
    settled !== null &&
    settled.inputs.keyText === inputs.keyText &&
    settled.inputs.encoding === inputs.encoding;
  return key && sameKey ? { ...PENDING, key } : PENDING;
}
