import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Result } from '@/core/errors';
import { listClaimChanges, type ClaimChanges } from '@/jwt/claim-changes';
import { decodeToken } from '@/jwt/decode';
import type { EncodeOutcome } from '@/jwt/encode-token';
import { verifyKeyFor, type VerifyKeyInput } from '@/jwt/verify-key-text';
import { verifyToken } from '@/jwt/verify';
import type { ResignHandoff } from '@/lib/handoff';

/** Whether the signing key is the original's: the original token verifies with it. */
export type KeyMatch = 'no-key' | 'checking' | 'match' | 'other';

/** The re-sign view of the encoder: what changed since the original, and whether the key is its key. */
export interface ResignView {
  readonly changes: Result<ClaimChanges>;
  readonly keyMatch: KeyMatch;
  /** The new token is the original, byte for byte. */
  readonly identical: boolean;
}

/**
 * Compares the encoder's inputs with the token handed over by "Edit and re-sign". The key check asks
 * the question that matters — does the ORIGINAL verify with this signing key? — so it holds for a
 * carried secret, a pasted private key and a generated one alike. A check is shown only for the key
 * it was made for; until then it is `checking`.
 */
export function useResign(
  original: ResignHandoff,
  headerText: string,
  payloadText: string,
  outcome: EncodeOutcome,
): ResignView {
  // Typing in a large payload stays responsive: the change list follows at React's lower priority.
  const deferredHeader = useDeferredValue(headerText);
  const deferredPayload = useDeferredValue(payloadText);
  const changes = useMemo(
    () => listClaimChanges(original, { headerText: deferredHeader, payloadText: deferredPayload }),
    [original, deferredHeader, deferredPayload],
  );
  // The outcome is a new object at every keystroke; the key's text says when the key itself changed.
  const keyId = useMemo(
    () => (outcome.key ? JSON.stringify(verifyKeyFor(outcome.key)) : null),
    [outcome.key],
  );
  const [checked, setChecked] = useState<{ keyId: string; match: boolean } | null>(null);
  useEffect(() => {
    if (keyId === null) return undefined;
    let live = true;
    const verifyKey = JSON.parse(keyId) as VerifyKeyInput;
    void verifyToken(decodeToken(original.token), verifyKey).then((verification) => {
      if (live) setChecked({ keyId, match: verification.state === 'verified' });
    });
    return () => {
      live = false;
    };
  }, [original, keyId]);
  const keyMatch: KeyMatch =
    keyId === null ? 'no-key' : checked?.keyId !== keyId ? 'checking' : checked.match ? 'match' : 'other';
  return { changes, keyMatch, identical: outcome.signed?.token === original.token };
}
