import { useEffect, useRef, useState } from 'react';
import type { LabError } from '@/core/errors';
import { signHmacCompact } from '@/jwt/sign-hmac';
import { analyzeTamper } from '@/jwt/tamper';
import { resignWithGuessedKey, resignWithKey } from '@/jwt/tamper-resign';
import type { Verification } from '@/jwt/verification';
import { verifyKeyFor } from '@/jwt/verify-key-text';
import type { SigningKey } from '@/keys/signing-key';
import { randomSecretBytes } from './random-secret';

/** The attacker's three ways to get an edited token past the server. */
export type ForgeAttempt = 'keep-signature' | 'guess' | 'with-key';

/** What one attempt produced, with the inputs it was made from. */
export interface ForgeResult {
  readonly payloadText: string;
  readonly guess: string;
  readonly token: string;
  readonly verification: Verification;
  /** One sentence: why it did or did not get through. */
  readonly reason: string;
}

export const GENUINE_PAYLOAD = '{"sub":"alice","role":"user"}';
const HEADER = '{"alg":"HS256","typ":"JWT"}';

function serverKey(): SigningKey {
  return {
    kind: 'secret',
    bytes: randomSecretBytes(32),
    encoding: 'base64url',
    description: 'the server’s secret',
  };
}

/**
 * Section 2's experiment: a server with its own random secret issues alice a token; the attacker edits
 * the payload and tries to make it verify — keeping the old signature, signing with a guess, or with
 * the server's secret itself. Each attempt goes through the debugger's tamper and verify code.
 */
export function useForge() {
  const [key] = useState(serverKey);
  const [genuineToken, setGenuineToken] = useState<string | null>(null);
  const [results, setResults] = useState<Partial<Record<ForgeAttempt, ForgeResult | LabError>>>({});
  useEffect(() => {
    if (key.kind !== 'secret') return;
    let live = true;
    signHmacCompact('HS256', HEADER, GENUINE_PAYLOAD, key.bytes).then(
      (token) => live && setGenuineToken(token),
    );
    return () => {
      live = false;
    };
  }, [key]);

  // Only an attempt's latest run may show: a slower earlier one is dropped when it arrives.
  const runs = useRef<Partial<Record<ForgeAttempt, number>>>({});
  const attempt = async (which: ForgeAttempt, payloadText: string, guess: string) => {
    if (!genuineToken) return;
    const run = (runs.current[which] ?? 0) + 1;
    runs.current[which] = run;
    const show = (result: ForgeResult | LabError) => {
      if (runs.current[which] === run) setResults((all) => ({ ...all, [which]: result }));
    };
    const nowMs = Date.now();
    const verifyKey = verifyKeyFor(key);
    const analysis = await analyzeTamper({
      originalToken: genuineToken,
      editedPayloadText: payloadText,
      verifyKeyText: verifyKey.keyText,
      verifyKeyEncoding: verifyKey.encoding,
      nowMs,
    });
    if (!analysis.ok) return show(analysis.error);
    const { value } = analysis;
    if (which === 'keep-signature') {
      const result = { token: value.tamperedToken, verification: value.verification, reason: value.reason };
      return show({ ...result, payloadText, guess });
    }
    const resigned =
      which === 'guess'
        ? await resignWithGuessedKey(value, guess, nowMs)
        : await resignWithKey(value, key, nowMs);
    if (!resigned.ok) return show(resigned.error);
    const reason =
      which === 'guess'
        ? resigned.value.verification.state === 'verified'
          ? 'The guess is the server’s secret: the forged token is indistinguishable from a real one.'
          : 'The HMAC under the guessed secret is not the HMAC under the server’s secret.'
        : 'Whoever holds the secret computes the right HMAC for any payload: the server cannot tell this forgery from a token it issued.';
    const result = { token: resigned.value.token, verification: resigned.value.verification, reason };
    show({ ...result, payloadText, guess });
  };
  return { genuineToken, results, attempt };
}
