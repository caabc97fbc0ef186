import { useEffect, useRef, useState } from 'react';
import { fail, type Result } from '@/core/errors';
import {
  JWE_KEY_ALGORITHM_INFO,
  type JweContentEncryption,
  type JweKeyAlgorithm,
} from '@/jwe/jwe-algorithms';
import type { EncryptedToken } from '@/jwe/encrypt-token';
import { DEFAULT_P2C_LIMIT } from '@/jwe/limits';
import type { SecretEncoding } from '@/keys/key-types';

/** What the encrypt panel encrypts: the claims (an encrypted JWT) or the signed token (a nested JWT). */
export type EncryptSource = 'payload' | 'signed';

const loadEncrypt = () => import('@/jwe/encrypt-token');
const loadGenerate = () => import('@/jwe/generate-encryption-key');

/**
 * The encrypt panel's inputs and the JWE they give, re-encrypted as they change (stale results
 * dropped, a request counter). The JWE code loads on first use.
 */
export function useEncryptState(payloadText: string, signedToken: string | null) {
  const [source, setSource] = useState<EncryptSource>('payload');
  const [alg, setAlg] = useState<JweKeyAlgorithm>('RSA-OAEP-256');
  const [enc, setEnc] = useState<JweContentEncryption>('A256GCM');
  const [keyText, setKeyText] = useState('');
  const [chosenEncoding, setEncoding] = useState<SecretEncoding>('utf8');
  const [p2c, setP2c] = useState(DEFAULT_P2C_LIMIT);
  const [result, setResult] = useState<{ inputs: string; outcome: Result<EncryptedToken> } | null>(null);
  const latest = useRef(0);
  // A text password is used as its UTF-8 bytes (RFC 7518 §4.8).
  const encoding = JWE_KEY_ALGORITHM_INFO[alg].need === 'password' ? 'utf8' : chosenEncoding;
  const plaintext = source === 'signed' ? signedToken : compactJson(payloadText);
  const inputs = JSON.stringify([source, plaintext, alg, enc, keyText, encoding, p2c]);

  // Nothing to encrypt is said at once, in render; only real encryption is async.
  const missing: Result<EncryptedToken> | null =
    plaintext !== null
      ? null
      : source === 'signed'
        ? fail(
            'TOKEN_EMPTY',
            'payload',
            'There is no signed token to encrypt yet: fix the problems shown above.',
          )
        : fail(
            'PAYLOAD_NOT_JSON',
            'payload',
            'The payload is not valid JSON yet: fix it above to encrypt it.',
          );

  useEffect(() => {
    const request = ++latest.current;
    if (plaintext === null) return;
    void loadEncrypt()
      .then(({ encryptToken }) =>
        encryptToken({
          plaintext,
          alg,
          enc,
          keyText,
          encoding,
          p2c,
          ...(source === 'signed' && { cty: 'JWT' }),
        }),
      )
      .then((outcome) => {
        if (request === latest.current) setResult({ inputs, outcome });
      });
  }, [inputs, plaintext, source, alg, enc, keyText, encoding, p2c]);

  /** Generates a key for the chosen algorithms; returns an error message, or null. */
  const generate = async (): Promise<string | null> => {
    const { generateEncryptionKey } = await loadGenerate();
    const fresh = await generateEncryptionKey(alg, enc);
    if (!fresh.ok) return fresh.error.message;
    setKeyText(fresh.value.keyText);
    setEncoding(fresh.value.encoding);
    return null;
  };

  return {
    source,
    setSource,
    alg,
    setAlg,
    enc,
    setEnc,
    keyText,
    setKeyText,
    encoding,
    setEncoding,
    p2c,
    setP2c,
    generate,
    /** The JWE or why there is none; null while encrypting. */
    outcome: missing ?? (result?.inputs === inputs ? result.outcome : null),
  };
}

export type EncryptState = ReturnType<typeof useEncryptState>;

function compactJson(text: string): string | null {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return null;
  }
}
