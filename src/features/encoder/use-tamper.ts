import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { decodeToken } from '@/jwt/decode';
import type { Result } from '@/core/errors';
import { analyzeTamper, type TamperAnalysis } from '@/jwt/tamper';
import type { SigningKey } from '@/keys/signing-key';

/** The payload text of a token as decoded, or '' when it cannot be decoded. */
function payloadOf(token: string): string {
  return decodeToken(token.trim()).payload?.text ?? '';
}

/** The tamper demo's state: which token, its edited payload, and the analysis (stale results dropped). */
export function useTamper(sourceToken: string, key: SigningKey | null) {
  const [pasted, setPasted] = useState<string | null>(null);
  const token = pasted ?? sourceToken;
  const [edited, setEdited] = useState<{ forToken: string; text: string } | null>(null);
  const original = useMemo(() => payloadOf(token), [token]);
  const editedPayload = edited?.forToken === token ? edited.text : original;
  const [analysis, setAnalysis] = useState<Result<TamperAnalysis> | null>(null);
  const latest = useRef(0);
  // Typing in a large payload stays responsive: the analysis follows at React's lower priority.
  const deferredToken = useDeferredValue(token);
  const deferredPayload = useDeferredValue(editedPayload);

  useEffect(() => {
    const request = ++latest.current;
    if (deferredToken.trim() === '') return;
    void analyzeTamper({
      originalToken: deferredToken,
      editedPayloadText: deferredPayload,
      key,
      nowMs: Date.now(),
    }).then((result) => {
      if (request === latest.current) setAnalysis(result);
    });
  }, [deferredToken, deferredPayload, key]);

  return {
    token,
    setPastedToken: setPasted,
    followsEncoder: pasted === null,
    editedPayload,
    setEditedPayload: (text: string) => setEdited({ forToken: token, text }),
    analysis: token.trim() === '' ? null : analysis,
  };
}
