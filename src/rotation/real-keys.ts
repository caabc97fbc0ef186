/**
 * Real key material behind the simulated keys: HMAC secrets of 32 random bytes (RFC 7518 §3.2)
 * and ES256 key pairs from WebCrypto, plus the verifier's key set as real objects — a secret set
 * by `kid` and a public JWKS you can copy.
 */
import { exportJWK, generateKeyPair, type CryptoKey, type JSONWebKeySet, type JWK } from 'jose';
import { bytesToBase64url } from '@/encoding/base64';
import { acceptedKids } from './verifier-view';
import { KEY_KIND_ALG, type KeyKind, type World } from './world';

export type RealKey =
  | { readonly kind: 'hmac'; readonly secret: Uint8Array }
  | { readonly kind: 'es256'; readonly privateKey: CryptoKey; readonly publicJwk: JWK };

export interface RealKeys {
  readonly byKid: ReadonlyMap<string, RealKey>;
  /** Keys of an attacker who holds none of the real ones, for forgeries that were not leaked. */
  readonly attacker: Readonly<Record<KeyKind, RealKey>>;
}

/** The verifier's accepted keys at a moment, as real objects. */
export interface VerifierKeySet {
  readonly secrets: ReadonlyMap<string, Uint8Array>;
  /** The public JWKS as the verifier's cache holds it. */
  readonly jwks: JSONWebKeySet;
}

/** Generates real material for a key: a 32-byte secret or an ES256 key pair. */
export async function generateRealKey(kind: KeyKind, kid: string): Promise<RealKey> {
  if (kind === 'hmac') return { kind, secret: crypto.getRandomValues(new Uint8Array(32)) };
  const { publicKey, privateKey } = await generateKeyPair(KEY_KIND_ALG.es256);
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: KEY_KIND_ALG.es256, use: 'sig' };
  return { kind, privateKey, publicJwk };
}

/** Real material for every key of the world, reusing what `previous` already holds. */
export async function generateRealKeys(world: World, previous?: RealKeys): Promise<RealKeys> {
  const byKid = new Map(previous?.byKid);
  for (const key of world.keys) {
    const known = byKid.get(key.kid);
    if (known?.kind !== key.kind) byKid.set(key.kid, await generateRealKey(key.kind, key.kid));
  }
  const attacker = previous?.attacker ?? {
    hmac: await generateRealKey('hmac', 'attacker'),
    es256: await generateRealKey('es256', 'attacker'),
  };
  return { byKid, attacker };
}

/** The secrets and the public JWKS the verifier accepts at `nowS` (its JWKS cache taken into account). */
export function verifierKeySet(world: World, keys: RealKeys, nowS: number): VerifierKeySet {
  const kids = acceptedKids(world, nowS);
  const secrets = new Map<string, Uint8Array>();
  for (const kid of kids.secrets) {
    const real = keys.byKid.get(kid);
    if (real?.kind !== 'hmac') throw new Error(`No HMAC secret generated for kid "${kid}".`);
    secrets.set(kid, real.secret);
  }
  const jwks = kids.jwks.map((kid) => {
    const real = keys.byKid.get(kid);
    if (real?.kind !== 'es256') throw new Error(`No ES256 key pair generated for kid "${kid}".`);
    return real.publicJwk;
  });
  return { secrets, jwks: { keys: jwks } };
}

/** The public JWKS as JSON text, ready to copy. */
export function formatJwks(keySet: VerifierKeySet): string {
  return JSON.stringify(keySet.jwks, null, 2);
}

/** The secret set for display: each `kid` with its secret in base64url. */
export function listSecrets(keySet: VerifierKeySet): { kid: string; secret: string }[] {
  return [...keySet.secrets].map(([kid, secret]) => ({ kid, secret: bytesToBase64url(secret) }));
}
