import type { JWK } from 'jose';
import type { KeyCandidate, KeySource, ParsedKey, SecretEncoding } from '@/keys/key-types';

/** What the debugger's key can do for a re-sign: sign, only verify (a public key), or nothing (no key). */
export type ResignKeyKind = 'signing' | 'public' | 'none';

/** The debugger's verification key, as the encoder's signing key field should start. */
export interface ResignKey {
  readonly kind: ResignKeyKind;
  /** The text for the signing-key field: empty unless the key can sign. */
  readonly keyText: string;
  readonly encoding: SecretEncoding;
  /** "RSA 2048-bit public key", "32-byte HMAC secret" … (null with no key). */
  readonly description: string | null;
}

const PRIVATE_PEM: readonly KeySource[] = ['pem-pkcs8', 'pem-pkcs1-private', 'pem-sec1'];
const NONE: ResignKey = { kind: 'none', keyText: '', encoding: 'base64url', description: null };

/**
 * Picks what the encoder can sign with from the debugger's key field: a secret as typed (same
 * encoding), a private key (PEM or JWK), the `oct` key or private JWK of a JWKS that verified
 * (`usedIndex`, 1-based, as `Verification.keyUsed.index`). A public key cannot sign: it is reported,
 * never carried as a signing key. `parsed` is the key as the debugger read it (absent when unreadable).
 */
export function resignKeyFrom(
  parsed: ParsedKey | undefined,
  keyText: string,
  encoding: SecretEncoding,
  usedIndex?: number,
): ResignKey {
  if (!parsed || keyText.trim() === '') return NONE;
  const candidate = parsed.candidates[(usedIndex ?? 1) - 1] ?? parsed.candidates[0];
  if (!candidate) return NONE;
  const { description } = candidate;
  if (parsed.source === 'secret') return { kind: 'signing', keyText, encoding, description };
  if (PRIVATE_PEM.includes(parsed.source)) return { kind: 'signing', keyText, encoding: 'utf8', description };
  if (candidate.jwk.kty === 'oct' && typeof candidate.jwk.k === 'string')
    return { kind: 'signing', keyText: candidate.jwk.k, encoding: 'base64url', description };
  if (parsed.source === 'jwk' && candidate.fromPrivate)
    return { kind: 'signing', keyText, encoding: 'utf8', description };
  if (parsed.source === 'jwks' && candidate.fromPrivate) {
    const entry = privateEntryOf(keyText, candidate);
    if (entry)
      return { kind: 'signing', keyText: JSON.stringify(entry, null, 2), encoding: 'utf8', description };
  }
  return { kind: 'public', keyText: '', encoding: 'utf8', description };
}

/** The private JWK in a JWKS text whose public part is `candidate` (same modulus or curve point). */
function privateEntryOf(keysText: string, candidate: KeyCandidate): JWK | null {
  let keys: unknown;
  try {
    keys = (JSON.parse(keysText) as { keys?: unknown }).keys;
  } catch {
    return null;
  }
  if (!Array.isArray(keys)) return null;
  const publicPart = (jwk: JWK) => `${jwk.kty}|${jwk.crv ?? ''}|${jwk.n ?? ''}|${jwk.x ?? ''}|${jwk.y ?? ''}`;
  const wanted = publicPart(candidate.jwk);
  const found = keys.find(
    (entry: unknown): entry is JWK =>
      typeof entry === 'object' && entry !== null && 'd' in entry && publicPart(entry as JWK) === wanted,
  );
  return found ?? null;
}
