import { useEffect, useMemo, useRef, useState } from 'react';
import { PENDING } from '@/jwt/current-verification';
import type { DecodedToken } from '@/jwt/decoded-token';
import type { SecretEncoding } from '@/keys/key-types';
import { DECRYPTING_HEADLINE } from '@/jwe/decryption-verdict';
import type { Decryption } from '@/jwe/decryption';
import { useLoadedModule } from './use-loaded-module';

/** Loaded on the first JWE (the debugger's first download has a budget); kept for later mounts. */
const loadDecryptToken = () => import('@/jwe/decrypt-token');

interface DecryptionInputs {
  readonly token: DecodedToken;
  readonly keyText: string;
  readonly encoding: SecretEncoding;
  readonly p2cLimit: number;
}

const DECRYPTING: Decryption = { ...PENDING, headline: DECRYPTING_HEADLINE };

/**
 * The decryption verdict for a JWE on screen, or null for any other token (and for a malformed JWE,
 * whose verdict the signature path gives). As for signatures: verdicts that need no cryptography are
 * computed in render once the JWE code has loaded; an async one is shown only for exactly the inputs
 * it was computed for; otherwise `pending`.
 */
export function useDecryption(
  token: DecodedToken,
  tokenText: string,
  keyText: string,
  encoding: SecretEncoding,
  p2cLimit: number,
  decodeIsBehind: boolean,
): Decryption | null {
  const active = token.kind === 'jwe' && token.errors.length === 0;
  const jwe = useLoadedModule(loadDecryptToken, active);

  const immediate = useMemo(
    () => (active && jwe ? jwe.decryptWithoutCrypto(tokenText, keyText, p2cLimit) : null),
    [active, jwe, tokenText, keyText, p2cLimit],
  );
  const [settled, setSettled] = useState<{ inputs: DecryptionInputs; result: Decryption } | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    const request = ++latest.current;
    if (!active || !jwe || immediate) return;
    const inputs = { token, keyText, encoding, p2cLimit };
    jwe.decryptToken(tokenText, { keyText, encoding, p2cLimit }).then(
      (result) => {
        if (request === latest.current) setSettled({ inputs, result });
      },
      (error: unknown) => {
        // decryptToken returns every user-input problem as a value; reaching here is a bug.
        console.error('jwt-lab: decryptToken threw', error);
        if (request === latest.current) setSettled({ inputs, result: jwe.unexpectedFailure(error) });
      },
    );
  }, [active, jwe, immediate, token, tokenText, keyText, encoding, p2cLimit]);

  if (!active) return null;
  if (decodeIsBehind || !jwe) return DECRYPTING;
  if (immediate) return immediate;
  const same =
    settled !== null &&
    settled.inputs.token === token &&
    settled.inputs.keyText === keyText &&
    settled.inputs.encoding === encoding &&
    settled.inputs.p2cLimit === p2cLimit;
  return same ? settled.result : DECRYPTING;
}
