import { useEffect, useRef, useState } from 'react';
import type { DecodedToken } from '@/jwt/decoded-token';
import type { Verification } from '@/jwt/verification';
import { verifyToken, type VerifyOptions } from '@/jwt/verify';

const CHECKING: Verification = { state: 'unverified', headline: 'Checking…', details: [], hints: [] };

/**
 * Runs `verifyToken` whenever its inputs change. Verification is async (WebCrypto), so a result that
 * arrives after newer input is dropped (a request counter, as jwt.io does).
 */
export function useVerification(token: DecodedToken, options: VerifyOptions): Verification {
  const [verification, setVerification] = useState<Verification>(CHECKING);
  const latest = useRef(0);
  const { keyText, encoding, nowMs, skewSeconds } = options;
  useEffect(() => {
    const request = ++latest.current;
    verifyToken(token, { keyText, encoding, nowMs, skewSeconds }).then(
      (result) => {
        if (request === latest.current) setVerification(result);
      },
      (error: unknown) => {
        // verifyToken returns every user-input problem as a value; reaching here is a bug.
        console.error('jwt-lab: verifyToken threw', error);
        if (request === latest.current) {
          setVerification({
            state: 'error',
            headline: 'Verification failed unexpectedly',
            details: [],
            hints: [],
            error: {
              code: 'UNEXPECTED',
              field: 'token',
              message: error instanceof Error ? error.message : String(error),
            },
          });
        }
      },
    );
  }, [token, keyText, encoding, nowMs, skewSeconds]);
  return verification;
}
