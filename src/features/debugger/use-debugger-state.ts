import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useState } from 'react';
import { checkClaims } from '@/jwt/claim-checks';
import { composeVerdict } from '@/jwt/compose-verdict';
import { DEFAULT_EXAMPLE } from '@/jwt/default-example';
import type { Example } from '@/jwt/examples';
import { tokenFromFragment } from '@/jwt/extract-token';
import { freshDefaultToken } from '@/jwt/fresh-default-token';
import type { SecretEncoding } from '@/keys/key-types';
import { composeDecryptionVerdict } from '@/jwe/decryption-verdict';
import { DEFAULT_P2C_LIMIT } from '@/jwe/limits';
import { peekHandoff, settleHandoff } from '@/lib/handoff';
import { debuggerInputsReducer, initialInputs, type DebuggerInputs } from './debugger-inputs';
import { useDecoded } from './use-decoded';
import { useDecryption } from './use-decryption';
import { useNow } from './use-now';
import { useVerification } from './use-verification';

/** A token handed over by another page opens with its key; a `#token=` link opens that token with no key (the key is never in links); otherwise the default example. */
function startingInputs(): DebuggerInputs & { readonly isDefault: boolean } {
  const handoff = peekHandoff();
  if (handoff)
    return { ...initialInputs(handoff.token, handoff.keyText, handoff.encoding), isDefault: false };
  const fromLink = tokenFromFragment(window.location.hash);
  if (fromLink) return { ...initialInputs(fromLink, '', 'utf8'), isDefault: false };
  const { token, key, secretEncoding } = DEFAULT_EXAMPLE;
  return { ...initialInputs(token, key, secretEncoding), isDefault: true };
}

/** All the debugger's state: the raw inputs, and what is derived from them (decoded token, verdict). */
export function useDebuggerState() {
  const [start] = useState(startingInputs);
  useEffect(settleHandoff, []);
  const [inputs, dispatch] = useReducer(debuggerInputsReducer, start);
  const { tokenText, keyText, encoding } = inputs;
  const [skewSeconds, setSkew] = useState(0);
  const [expectedIssuer, setIssuer] = useState('');
  const [expectedAudience, setAudience] = useState('');
  const [p2cLimit, setP2cLimit] = useState(DEFAULT_P2C_LIMIT);
  const [nowMs, readClock] = useNow(15_000);
  /** Every input handler reads the clock afresh: claims are judged at the moment of the change. */
  const withClock = useCallback(
    <T>(set: (value: T) => void) =>
      (value: T) => {
        readClock();
        set(value);
      },
    [readClock],
  );

  // Swap the static default for a freshly signed one (iat now, exp in an hour) unless the user has
  // already typed or the page was opened with a token.
  useEffect(() => {
    if (!start.isDefault) return;
    // The page reads its clock again when the fresh token is decoded, so it is never "issued in the future".
    void freshDefaultToken(Date.now()).then((fresh) => {
      if (!fresh) return;
      readClock();
      dispatch({ type: 'fresh-example', from: start, fresh });
    });
  }, [start, readClock]);

  // Typing stays responsive with a megabyte token: decoding follows the text at React's lower priority.
  const deferredText = useDeferredValue(tokenText);
  const { extracted, decoded, behind } = useDecoded(deferredText);
  const isStale = deferredText !== tokenText || behind;
  const signature = useVerification(decoded, keyText, encoding, isStale);
  // A JWE's verdict is its decryption's, and its claims are in the plaintext.
  const decryption = useDecryption(decoded, extracted.token, keyText, encoding, p2cLimit, isStale);
  const claimsSet = decryption ? decryption.plaintext?.json : decoded.payload?.json;
  const claims = useMemo(
    () =>
      checkClaims(claimsSet, {
        nowMs,
        skewSeconds,
        issuer: expectedIssuer,
        audience: expectedAudience,
      }),
    [claimsSet, nowMs, skewSeconds, expectedIssuer, expectedAudience],
  );
  const cleanup = inputs.cleanup?.token === extracted.token ? inputs.cleanup : extracted;
  const verification = useMemo(() => {
    const verdict = composeVerdict(decryption ?? signature, claims, cleanup.removedInside);
    return decryption ? composeDecryptionVerdict(verdict) : verdict;
  }, [decryption, signature, claims, cleanup.removedInside]);

  const setTokenText = useCallback(
    (text: string, wholeInsert = true) => {
      readClock();
      dispatch({ type: 'token', text, wholeInsert });
    },
    [readClock],
  );
  const loadExample = useCallback(
    (example: Example) => {
      readClock();
      dispatch({ type: 'example', token: example.token, key: example.key, encoding: example.secretEncoding });
    },
    [readClock],
  );
  const setSkewSeconds = useMemo(() => withClock(setSkew), [withClock]);
  const setExpectedIssuer = useMemo(() => withClock(setIssuer), [withClock]);
  const setExpectedAudience = useMemo(() => withClock(setAudience), [withClock]);

  return {
    tokenText,
    setTokenText,
    openNested: useCallback(
      (token: string) => {
        readClock();
        dispatch({ type: 'nested', token, fromEncrypted: decoded.kind === 'jwe' });
      },
      [readClock, decoded.kind],
    ),
    undoCleanup: useCallback(() => dispatch({ type: 'undo-cleanup' }), []),
    cleanupNotes: inputs.cleanup ? inputs.cleanup.notes : extracted.notes,
    canUndoCleanup: inputs.cleanup !== null,
    keyText,
    setKeyText: useCallback((text: string) => dispatch({ type: 'key', text }), []),
    keyNote: inputs.keyNote,
    encoding,
    setEncoding: useCallback((value: SecretEncoding) => dispatch({ type: 'encoding', encoding: value }), []),
    skewSeconds,
    setSkewSeconds,
    expectedIssuer,
    setExpectedIssuer,
    expectedAudience,
    setExpectedAudience,
    nowMs,
    extracted,
    decoded,
    isStale,
    verification,
    loadExample,
    /** For a JWE: the token as decoded, its decryption (plaintext, recipient) and the PBES2 bound. */
    jwe: { tokenText: extracted.token, decryption, p2cLimit, setP2cLimit },
  };
}

export type DebuggerState = ReturnType<typeof useDebuggerState>;
