import { useEffect, useState } from 'react';
import { base64urlToBytes, bytesToHex } from '@/encoding/base64';
import type { LabError } from '@/core/errors';
import { signToken, type SignedToken } from '@/jwt/sign';
import { decodeSecret } from '@/keys/secret';

/** The header of the lesson's first token, exactly as signed. */
export const LESSON_HEADER = '{"alg":"HS256","typ":"JWT"}';

/** A token signed for the lesson, with its signature in hex too; or the problem with the inputs. */
export type SignOutcome =
  | {
      readonly ok: true;
      readonly signed: SignedToken;
      readonly signatureHex: string;
      readonly secretBytes: number;
    }
  | { readonly ok: false; readonly error: LabError };

/**
 * Signs `LESSON_HEADER` and the payload text with the base64url secret, as the inputs change. A result
 * is kept with the inputs it was computed for and shown only while they are still the ones on screen.
 */
export function useSignedToken(payloadText: string, secretText: string): SignOutcome | null {
  const [result, setResult] = useState<{ payloadText: string; secretText: string; outcome: SignOutcome }>();
  useEffect(() => {
    let live = true;
    signLessonToken(payloadText, secretText).then((outcome) => {
      if (live) setResult({ payloadText, secretText, outcome });
    });
    return () => {
      live = false;
    };
  }, [payloadText, secretText]);
  return result?.payloadText === payloadText && result.secretText === secretText ? result.outcome : null;
}

async function signLessonToken(payloadText: string, secretText: string): Promise<SignOutcome> {
  const bytes = decodeSecret(secretText, 'base64url');
  if (!bytes.ok) return bytes;
  const signed = await signToken({
    headerText: LESSON_HEADER,
    payloadText,
    key: { kind: 'secret', bytes: bytes.value, encoding: 'base64url', description: 'the lesson’s secret' },
    alg: 'HS256',
    // A short secret is signed anyway and flagged: seeing it is part of the lesson.
    allowShortSecret: true,
  });
  if (!signed.ok) return signed;
  const signature = base64urlToBytes(signed.value.signatureB64) ?? new Uint8Array();
  return {
    ok: true,
    signed: signed.value,
    signatureHex: bytesToHex(signature),
    secretBytes: bytes.value.length,
  };
}
