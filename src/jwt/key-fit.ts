import type { JWK } from 'jose';
import { ALGORITHM_INFO, type JwsAlgorithm } from '@/core/algorithms';

/** Why a key cannot serve an algorithm, in a sentence; `null` when it fits. */
export function explainKeyMismatch(jwk: JWK, alg: JwsAlgorithm): string | null {
  const info = ALGORITHM_INFO[alg];
  if (jwk.kty !== info.kty) {
    const given = describeKty(jwk);
    if (info.kty === 'oct') {
      return `The header says ${alg}, an HMAC algorithm that needs a shared secret, but you gave ${given}. Verifying HS* with a public key is the classic algorithm-confusion attack (RFC 8725 §2.1): a correct verifier refuses it.`;
    }
    return `The header says ${alg}, which needs ${info.kty === 'RSA' ? 'an RSA' : info.kty === 'EC' ? `an EC ${info.crv ?? ''}` : `an ${info.crv ?? 'OKP'}`} public key, but you gave ${given}.`;
  }
  if (info.crv && jwk.crv !== info.crv) {
    return `The header says ${alg}, which uses the curve ${info.crv}, but this key is on ${jwk.crv ?? 'an unknown curve'} (${info.rfc}).`;
  }
  if (jwk.use !== undefined && jwk.use !== 'sig') {
    return `This key is marked "use": "${jwk.use}" — it is not for signatures (RFC 7517 §4.2), so a verifier must not use it for ${alg}.`;
  }
  if (Array.isArray(jwk.key_ops) && !jwk.key_ops.includes('verify')) {
    return `This key's "key_ops" (${jwk.key_ops.join(', ')}) do not include "verify" (RFC 7517 §4.3), so it must not verify ${alg} signatures.`;
  }
  if (jwk.alg && jwk.alg !== alg) {
    return `This key is marked for "${jwk.alg}" (its "alg" member), but the token says ${alg}. A key should be used with one algorithm only (RFC 7517 §4.4).`;
  }
  return null;
}

function describeKty(jwk: JWK): string {
  switch (jwk.kty) {
    case 'oct':
      return 'an HMAC secret';
    case 'RSA':
      return 'an RSA key';
    case 'EC':
      return `an EC ${jwk.crv ?? ''} key`;
    case 'OKP':
      return `an ${jwk.crv ?? 'OKP'} key`;
    default:
      return `a key of type "${String(jwk.kty)}"`;
  }
}
