import { useCallback, useRef, useState } from 'react';
import type { LabError } from '@/core/errors';
import {
  generateKeyPair,
  type GenerateKeyPairOptions,
  type GeneratedKeyPair,
  type KeyPairKind,
} from '@/keys/generate-key-pair';

/** The last key pair generated (or why not), and whether one is being generated now. */
export interface KeyPairState {
  readonly pair: GeneratedKeyPair | null;
  readonly error: LabError | null;
  /** The kind being generated, or null when idle. */
  readonly generating: KeyPairKind | null;
}

/** Generates key pairs; a request that a newer one overtook is dropped (STYLE.md, stale results). */
export function useKeyPair() {
  const [state, setState] = useState<KeyPairState>({ pair: null, error: null, generating: null });
  const latest = useRef(0);
  const generate = useCallback((kind: KeyPairKind, options: GenerateKeyPairOptions) => {
    const request = ++latest.current;
    setState((current) => ({ ...current, generating: kind }));
    void generateKeyPair(kind, options).then((result) => {
      if (request !== latest.current) return;
      setState(
        result.ok
          ? { pair: result.value, error: null, generating: null }
          : { pair: null, error: result.error, generating: null },
      );
    });
  }, []);
  return { ...state, generate };
}
