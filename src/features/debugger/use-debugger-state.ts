import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { decodeToken } from '@/jwt/decode';
import { DEFAULT_EXAMPLE } from '@/jwt/default-example';
import type { Example } from '@/jwt/examples';
import { extractToken, tokenFromFragment } from '@/jwt/extract-token';
import { freshDefaultToken } from '@/jwt/fresh-default-token';
import type { SecretEncoding } from '@/keys/key-types';
import { takeHandoff } from '@/lib/handoff';
import { useNow } from './use-now';
import { useVerification } from './use-verification';

interface InitialInput {
  /** Only the built-in example is re-signed fresh; a linked or handed-over token is shown as given. */
  readonly isDefault: boolean;
  readonly token: string;
  readonly key: string;
  readonly encoding: SecretEncoding;
}

/** A token handed over by another page opens with its key; a `#token=` link opens that token with no key (the key is never in links); otherwise the default example. */
function initialInput(): InitialInput {
  const handoff = takeHandoff();
  if (handoff)
    return { isDefault: false, token: handoff.token, key: handoff.keyText, encoding: handoff.encoding };
  const fromLink = tokenFromFragment(window.location.hash);
  if (fromLink) return { isDefault: false, token: fromLink, key: '', encoding: 'utf8' };
  return {
    isDefault: true,
    token: DEFAULT_EXAMPLE.token,
    key: DEFAULT_EXAMPLE.key,
    encoding: DEFAULT_EXAMPLE.secretEncoding,
  };
}

/** All the debugger's state: the raw inputs, and what is derived from them (decoded token, verdict). */
export function useDebuggerState() {
  const [initial] = useState(initialInput);
  const [tokenText, setTokenText] = useState(initial.token);
  const [keyText, setKeyText] = useState(initial.key);
  const [encoding, setEncoding] = useState<SecretEncoding>(initial.encoding);
  const [skewSeconds, setSkewSeconds] = useState(0);
  const nowMs = useNow();
  const firstNow = useRef(nowMs);

  // Swap the static default for a freshly signed one (iat now, exp in an hour) unless the user has
  // already typed or the page was opened with a token.
  useEffect(() => {
    if (!initial.isDefault) return;
    // Signed at the clock reading the page already uses, so the token is never "issued in the future".
    void freshDefaultToken(firstNow.current).then((fresh) => {
      if (fresh) setTokenText((current) => (current === DEFAULT_EXAMPLE.token ? fresh : current));
    });
  }, [initial.isDefault]);

  // Typing stays responsive with a megabyte token: decoding follows the text at React's lower priority.
  const deferredText = useDeferredValue(tokenText);
  const extracted = useMemo(() => extractToken(deferredText), [deferredText]);
  const decoded = useMemo(() => decodeToken(extracted.token), [extracted.token]);
  const verification = useVerification(decoded, { keyText, encoding, nowMs, skewSeconds });

  const loadExample = useCallback((example: Example) => {
    setTokenText(example.token);
    setKeyText(example.key);
    setEncoding(example.secretEncoding);
  }, []);

  return {
    tokenText,
    setTokenText,
    keyText,
    setKeyText,
    encoding,
    setEncoding,
    skewSeconds,
    setSkewSeconds,
    nowMs,
    extracted,
    decoded,
    isStale: deferredText !== tokenText,
    verification,
    loadExample,
  };
}

export type DebuggerState = ReturnType<typeof useDebuggerState>;
