/** JWS algorithms jwt-lab signs and verifies (RFC 7518 §3, RFC 8037, RFC 9864's `Ed25519`). */
export const JWS_ALGORITHMS = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

export type JwsAlgorithm = (typeof JWS_ALGORITHMS)[number];

/** How an algorithm signs: an HMAC secret, or a key pair of a given type. */
export type AlgorithmFamily = 'HMAC' | 'RSA' | 'RSA-PSS' | 'ECDSA' | 'EdDSA';

export interface AlgorithmInfo {
  readonly family: AlgorithmFamily;
  /** Hash output in bytes; for HMAC also the minimum key size (RFC 7518 §3.2). */
  readonly hashBytes: number;
  /** The JWK key type that fits (`oct`, `RSA`, `EC`, `OKP`). */
  readonly kty: 'oct' | 'RSA' | 'EC' | 'OKP';
  /** For EC and OKP: the one curve this algorithm uses (EdDSA also allows Ed448, which WebCrypto lacks). */
  readonly crv?: string;
  readonly rfc: string;
}

export const ALGORITHM_INFO: Readonly<Record<JwsAlgorithm, AlgorithmInfo>> = {
  HS256: { family: 'HMAC', hashBytes: 32, kty: 'oct', rfc: 'RFC 7518 §3.2' },
  HS384: { family: 'HMAC', hashBytes: 48, kty: 'oct', rfc: 'RFC 7518 §3.2' },
  HS512: { family: 'HMAC', hashBytes: 64, kty: 'oct', rfc: 'RFC 7518 §3.2' },
  RS256: { family: 'RSA', hashBytes: 32, kty: 'RSA', rfc: 'RFC 7518 §3.3' },
  RS384: { family: 'RSA', hashBytes: 48, kty: 'RSA', rfc: 'RFC 7518 §3.3' },
  RS512: { family: 'RSA', hashBytes: 64, kty: 'RSA', rfc: 'RFC 7518 §3.3' },
  PS256: { family: 'RSA-PSS', hashBytes: 32, kty: 'RSA', rfc: 'RFC 7518 §3.5' },
  PS384: { family: 'RSA-PSS', hashBytes: 48, kty: 'RSA', rfc: 'RFC 7518 §3.5' },
  PS512: { family: 'RSA-PSS', hashBytes: 64, kty: 'RSA', rfc: 'RFC 7518 §3.5' },
  ES256: { family: 'ECDSA', hashBytes: 32, kty: 'EC', crv: 'P-256', rfc: 'RFC 7518 §3.4' },
  ES384: { family: 'ECDSA', hashBytes: 48, kty: 'EC', crv: 'P-384', rfc: 'RFC 7518 §3.4' },
  ES512: { family: 'ECDSA', hashBytes: 64, kty: 'EC', crv: 'P-521', rfc: 'RFC 7518 §3.4' },
  EdDSA: { family: 'EdDSA', hashBytes: 64, kty: 'OKP', crv: 'Ed25519', rfc: 'RFC 8037 §3.1' },
  Ed25519: { family: 'EdDSA', hashBytes: 64, kty: 'OKP', crv: 'Ed25519', rfc: 'RFC 9864 §2.2' },
};

/** Whether a header's `alg` is one jwt-lab can verify. */
export function isJwsAlgorithm(alg: unknown): alg is JwsAlgorithm {
  return typeof alg === 'string' && (JWS_ALGORITHMS as readonly string[]).includes(alg);
}

/** Whether an algorithm uses a shared HMAC secret (as opposed to a key pair). */
export function isHmacAlgorithm(alg: JwsAlgorithm): boolean {
  return ALGORITHM_INFO[alg].family === 'HMAC';
}
