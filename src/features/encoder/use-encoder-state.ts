import { useCallback, useEffect, useRef, useState } from 'react';
import { encodeToken, type EncodeOutcome } from '@/jwt/encode-token';
import type { JsonSerializationMode } from '@/jwt/serialize-json';
import type { SecretEncoding } from '@/keys/key-types';
import { settleHandoff } from '@/lib/handoff';
import { encoderStart } from './encoder-start';
import { useResignKey } from './use-resign-key';

const PENDING: EncodeOutcome = { signed: null, alg: null, key: null, errors: [] };

/** The encoder's inputs and the token they sign to (re-signed as you type; stale results dropped). */
export function useEncoderState() {
  const [initial] = useState(() => encoderStart(Date.now()));
  useEffect(settleHandoff, []);
  const [headerText, setHeaderText] = useState(initial.headerText);
  const [payloadText, setPayloadText] = useState(initial.payloadText);
  const [keyText, setKeyText] = useState(initial.keyText);
  const [encoding, setEncoding] = useState<SecretEncoding>(initial.encoding);
  const [mode, setMode] = useState<JsonSerializationMode>(initial.mode);
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
  const generatedKeyText = useResignKey(initial.original, initial.keyText, setKey);

  return {
    /** The token being edited and re-signed (from the debugger), or null. */
    original: initial.original,
    /** The signing key the encoder opened with (or generated on arrival), to tell it from a later one. */
    startKeyText: generatedKeyText ?? initial.keyText,
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
