import { useEffect, useMemo, useRef, useState } from 'react';
import type { DecodedToken } from '@/jwt/decoded-token';
import type { SecretEncoding } from '@/keys/key-types';
import type { Verification } from '@/jwt/verification';
import { verifyToken, verifyWithoutCrypto } from '@/jwt/verify';
import { currentVerification, type SettledVerification } from '@/jwt/current-verification';

/**
 * The signature verdict for the token and key on screen. Verification is async (WebCrypto): until the
 * check for exactly these inputs settles, the verdict is `pending` (see `currentVerification`), and a
 * result that arrives after newer input is dropped (a request counter, as jwt.io does).
 */
export function useVerification(
  token: DecodedToken,
  keyText: string,
  encoding: SecretEncoding,
  decodeIsBehind: boolean,
): Verification {
  const immediate = useMemo(() => verifyWithoutCrypto(token, keyText), [token, keyText]);
  const [settled, setSettled] = useState<SettledVerification | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    const request = ++latest.current;
    if (immediate) return;
    const inputs = { token, keyText, encoding };
    verifyToken(token, { keyText, encoding }).then(
      (result) => {
        if (request === latest.current) setSettled({ inputs, result });
      },
      (error: unknown) => {
        // verifyToken returns every user-input problem as a value; reaching here is a bug.
        console.error('jwt-lab: verifyToken threw', error);
        if (request === latest.current) setSettled({ inputs, result: unexpectedFailure(error) });
      },
    );
  }, [token, keyText, encoding, immediate]);
  return currentVerification({ token, keyText, encoding }, immediate, settled, decodeIsBehind);
}

function unexpectedFailure(error: unknown): Verification {
  return {
    state: 'error',
    headline: 'Verification failed unexpectedly',
    details: [],
    hints: [],
    error: {
      code: 'UNEXPECTED',
      field: 'token',
      message: error instanceof Error ? error.message : String(error),
    },
  };
}
