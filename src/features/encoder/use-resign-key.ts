import { useEffect, useState } from 'react';
import { isJwsAlgorithm } from '@/core/algorithms';
import type { SecretEncoding } from '@/keys/key-types';
import type { ResignHandoff } from '@/lib/handoff';
import { generateKeyFor } from './key-generation';

/**
 * A token handed over with no usable key still gets edited: for an asymmetric `alg` a key pair is
 * generated once, on arrival (an HMAC secret was made at once by `encoderStart`). The header is left
 * exactly as signed. Returns the generated key's text, or null.
 */
export function useResignKey(
  original: ResignHandoff | null,
  startKeyText: string,
  setKey: (text: string, encoding: SecretEncoding) => void,
): string | null {
  const [generated, setGenerated] = useState<string | null>(null);
  useEffect(() => {
    const alg = original?.alg;
    if (original?.keyKind !== 'none' || startKeyText !== '' || !isJwsAlgorithm(alg)) return undefined;
    let live = true;
    void generateKeyFor(alg).then((fresh) => {
      if (!live || typeof fresh === 'string') return;
      setKey(fresh.keyText, fresh.encoding);
      setGenerated(fresh.keyText);
    });
    return () => {
      live = false;
    };
  }, [original, startKeyText, setKey]);
  return generated;
}
