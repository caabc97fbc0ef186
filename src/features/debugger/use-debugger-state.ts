import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useState } from 'react';
import { checkClaims } from '@/jwt/claim-checks';
import { composeVerdict } from '@/jwt/compose-verdict';
import { DEFAULT_EXAMPLE } from '@/jwt/default-example';
import type { Example } from '@/jwt/examples';
import { tokenFromFragment } from '@/jwt/extract-token';
import { freshDefaultToken } from '@/jwt/fresh-default-token';
import type { SecretEncoding } from '@/keys/key-types';
import { takeHandoff } from '@/lib/handoff';
import { debuggerInputsReducer, initialInputs, type DebuggerInputs } from './debugger-inputs';
import { useDecoded } from './use-decoded';
import { useNow } from './use-now';
import { useVerification } from './use-verification';

/** A token handed over by another page opens with its key; a `#token=` link opens that token with no key (the key is never in links); otherwise the default example. */
function startingInputs(): DebuggerInputs & { readonly isDefault: boolean } {
  const handoff = takeHandoff();
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
  const [inputs, dispatch] = useReducer(debuggerInputsReducer, start);
  const { tokenText, keyText, encoding } = inputs;
  const [skewSeconds, setSkew] = useState(0);
  const [expectedIssuer, setIssuer] = useState('');
  const [expectedAudience, setAudience] = useState('');
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
      dispatch({ type: 'fresh-example', stale: DEFAULT_EXAMPLE.token, fresh });
    });
  }, [start.isDefault, readClock]);

  // Typing stays responsive with a megabyte token: decoding follows the text at React's lower priority.
  const deferredText = useDeferredValue(tokenText);
  const { extracted, decoded, behind } = useDecoded(deferredText);
  const isStale = deferredText !== tokenText || behind;
  const signature = useVerification(decoded, keyText, encoding, isStale);
  const claims = useMemo(
    () =>
      checkClaims(decoded.payload?.json, {
        nowMs,
        skewSeconds,
        issuer: expectedIssuer,
        audience: expectedAudience,
      }),
    [decoded, nowMs, skewSeconds, expectedIssuer, expectedAudience],
  );
  const cleanup = inputs.cleanup?.token === extracted.token ? inputs.cleanup : extracted;
  const verification = useMemo(
    () => composeVerdict(signature, claims, cleanup.removedInside),
    [signature, claims, cleanup.removedInside],
  );

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
        dispatch({ type: 'nested', token });
      },
      [readClock],
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
  };
}

export type DebuggerState = ReturnType<typeof useDebuggerState>;
