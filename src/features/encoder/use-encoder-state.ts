import { useCallback, useEffect, useRef, useState } from 'react';
import { encodeToken, type EncodeOutcome } from '@/jwt/encode-token';
import type { JsonSerializationMode } from '@/jwt/serialize-json';
import { generateSecret } from '@/keys/generate-secret';
import type { SecretEncoding } from '@/keys/key-types';
import { takeHandoff } from '@/lib/handoff';

const DEFAULT_HEADER = JSON.stringify({ alg: 'HS256', typ: 'JWT' }, null, 2);

function defaultPayload(nowMs: number): string {
  const iat = Math.floor(nowMs / 1000);
  return JSON.stringify(
    { sub: 'user-1234', name: 'Ada Lovelace', role: 'user', iat, exp: iat + 3600 },
    null,
    2,
  );
}

interface InitialEncoderInput {
  readonly keyText: string;
  readonly encoding: SecretEncoding;
}

/** A key handed over by the Keys page, else a fresh 32-byte secret from the CSPRNG. */
function initialKey(): InitialEncoderInput {
  const handoff = takeHandoff();
  if (handoff && handoff.keyText !== '') return { keyText: handoff.keyText, encoding: handoff.encoding };
  const secret = generateSecret(32);
  return { keyText: secret.ok ? secret.value.base64url : '', encoding: 'base64url' };
}

const PENDING: EncodeOutcome = { signed: null, alg: null, key: null, errors: [] };

/** The encoder's inputs and the token they sign to (re-signed as you type; stale results dropped). */
export function useEncoderState() {
  const [initial] = useState(initialKey);
  const [headerText, setHeaderText] = useState(DEFAULT_HEADER);
  const [payloadText, setPayloadText] = useState(() => defaultPayload(Date.now()));
  const [keyText, setKeyText] = useState(initial.keyText);
  const [encoding, setEncoding] = useState<SecretEncoding>(initial.encoding);
  const [mode, setMode] = useState<JsonSerializationMode>('compact');
  const [allowShortSecret, setAllowShortSecret] = useState(false);
  const [result, setResult] = useState<{ inputs: string; outcome: EncodeOutcome } | null>(null);
  const latest = useRef(0);
  const inputs = JSON.stringify([headerText, payloadText, mode, keyText, encoding, allowShortSecret]);

  useEffect(() => {
    const request = ++latest.current;
    void encodeToken({ headerText, payloadText, mode, keyText, encoding, allowShortSecret }).then(
      (outcome) => {
        if (request === latest.current) setResult({ inputs, outcome });
      },
    );
  }, [headerText, payloadText, mode, keyText, encoding, allowShortSecret, inputs]);

  const setKey = useCallback((text: string, keyEncoding: SecretEncoding) => {
    setKeyText(text);
    setEncoding(keyEncoding);
  }, []);

  return {
    headerText,
    setHeaderText,
    payloadText,
    setPayloadText,
    keyText,
    setKeyText,
    encoding,
    setEncoding,
    setKey,
    mode,
    setMode,
    allowShortSecret,
    setAllowShortSecret,
    outcome: result?.outcome ?? PENDING,
    busy: result?.inputs !== inputs,
  };
}

export type EncoderState = ReturnType<typeof useEncoderState>;
