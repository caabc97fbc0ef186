import type { SigningKey } from '@/keys/signing-key';
import type { JwsAlgorithm } from '@/core/algorithms';

const BY_CURVE: Readonly<Record<string, JwsAlgorithm>> = {
  'P-256': 'ES256',
  'P-384': 'ES384',
  'P-521': 'ES512',
  Ed25519: 'EdDSA',
};

/** The algorithm a key naturally signs with (its own `alg` member first), to offer when they disagree. */
export function algorithmForKey(key: SigningKey): JwsAlgorithm | null {
  if (key.kind === 'secret')
    return key.bytes.length >= 64 ? 'HS512' : key.bytes.length >= 48 ? 'HS384' : 'HS256';
  const named = key.jwk.alg;
  if (typeof named === 'string' && /^(RS|PS|ES|HS)(256|384|512)$|^(EdDSA|Ed25519)$/.test(named))
    return named as JwsAlgorithm;
  if (key.jwk.kty === 'RSA') return 'RS256';
  return BY_CURVE[key.jwk.crv ?? ''] ?? null;
}
