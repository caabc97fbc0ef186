import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One case of data/jose-vectors.json (schema in data/README.md); only the members the tests use. */
export interface Vector {
  readonly id: string;
  readonly source: string;
  readonly kind: 'jws' | 'jwe' | 'jwt';
  readonly serialization: 'compact' | 'json-flattened' | 'json-general';
  readonly category: string;
  readonly token: string;
  readonly detachedPayload?: string;
  readonly key: Record<string, unknown> | { secret: string; encoding: string } | null;
  readonly keyAlg?: string;
  readonly keyPem?: string;
  readonly expect: {
    readonly valid: boolean;
    readonly alg?: string;
    readonly header?: Record<string, unknown>;
    readonly payloadText?: string;
    readonly unsecured?: boolean;
    readonly strictOnly?: boolean;
    readonly claimsValidNow?: boolean;
    readonly jose?: { readonly valid: boolean; readonly code?: string; readonly message?: string };
  };
}

const path = fileURLToPath(new URL('../../data/jose-vectors.json', import.meta.url));

/** The external RFC vectors (data/jose-vectors.json, copied from the workplace's shared data). */
export const VECTORS: readonly Vector[] = JSON.parse(readFileSync(path, 'utf8')) as Vector[];
