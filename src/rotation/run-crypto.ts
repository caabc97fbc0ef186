/**
 * The "everything real" layer: every simulated token is signed with jose and verified by a real
 * verifier holding exactly the keys the simulated one accepts. Its verdicts must agree with the
 * pure `tokenOutcome` as `expectedVerdict` maps them; jose cannot tell a retired kid from an unknown
 * one (both are "no key"), and it names a key or signature failure before an expired `exp`.
 */
import {
  createLocalJWKSet,
  errors,
  jwtVerify,
  SignJWT,
  type FlattenedJWSInput,
  type JWSHeaderParameters,
} from 'jose';
import type { TokenOutcome } from './outcome';
import { generateRealKeys, verifierKeySet, type RealKeys, type VerifierKeySet } from './real-keys';
import { KEY_KIND_ALG, type SimToken, type World } from './world';

export type CryptoVerdict = 'accepted' | 'expired' | 'no-matching-key' | 'signature-invalid';

export interface CryptoCheck {
  readonly verdict: CryptoVerdict;
  /** jose's error code, or `''` when accepted. */
  readonly joseCode: string;
}

export interface CryptoRun {
  readonly keys: RealKeys;
  /** Compact JWTs by token id. */
  readonly jwts: ReadonlyMap<string, string>;
  /** The same JWTs by token object, so a later run re-signs only new tokens (ES256 signatures are randomized). */
  readonly signed: ReadonlyMap<SimToken, string>;
  readonly keySet: VerifierKeySet;
  readonly checks: ReadonlyMap<string, CryptoCheck>;
}

/**
 * What a real verifier (jose) must say about a token the simulation classes as `outcome`. jose finds
 * the key and checks the signature before it reads `exp`, so a token that is expired *and* refused
 * for its key or signature gets the key's or the signature's verdict from jose, while the page shows
 * `expired`, the class its holder sees; a retired kid and an unknown one are both "no matching key".
 */
export function expectedVerdict({
  outcome,
  alsoRefusedFor,
}: Pick<TokenOutcome, 'outcome' | 'alsoRefusedFor'>): CryptoVerdict {
  switch (outcome) {
    case 'accepted':
      return 'accepted';
    case 'expired':
      return alsoRefusedFor === undefined ? 'expired' : expectedVerdict({ outcome: alsoRefusedFor });
    case 'unknown-kid':
    case 'retired':
      return 'no-matching-key';
    case 'invalid':
      return 'signature-invalid';
  }
}

/** Signs a token with jose: with its key, or with the attacker's own key when it was not leaked. */
export async function signToken(token: SimToken, keys: RealKeys): Promise<string> {
  const real = token.signedWithRealKey ? keys.byKid.get(token.kid) : keys.attacker[token.kind];
  if (real?.kind !== token.kind) throw new Error(`No ${token.kind} key material for kid "${token.kid}".`);
  const signingKey = real.kind === 'hmac' ? real.secret : real.privateKey;
  return new SignJWT({})
    .setProtectedHeader({ alg: KEY_KIND_ALG[token.kind], kid: token.kid, typ: 'JWT' })
    .setSubject(token.subject)
    .setJti(token.id)
    .setIssuedAt(token.issuedAt)
    .setExpirationTime(token.expiresAt)
    .sign(signingKey);
}

/** Verifies a compact JWT with jose against the verifier's key set at `nowS`, algorithm pinned per key. */
export async function verifyWithKeySet(
  jwt: string,
  keySet: VerifierKeySet,
  nowS: number,
): Promise<CryptoCheck> {
  const jwks = createLocalJWKSet(keySet.jwks);
  // The secret set answers HS256 tokens and the JWKS ES256 ones, so a kid can never make the
  // verifier use a public key as an HMAC secret (algorithm confusion).
  const getKey = (header: JWSHeaderParameters, input: FlattenedJWSInput) => {
    if (header.alg !== KEY_KIND_ALG.hmac) return jwks(header, input);
    const secret = header.kid === undefined ? undefined : keySet.secrets.get(header.kid);
    if (secret === undefined) throw new errors.JWKSNoMatchingKey(`No secret with kid "${header.kid}".`);
    return secret;
  };
  try {
    await jwtVerify(jwt, getKey, {
      algorithms: [KEY_KIND_ALG.hmac, KEY_KIND_ALG.es256],
      currentDate: new Date(nowS * 1000),
    });
    return { verdict: 'accepted', joseCode: '' };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { verdict: 'expired', joseCode: error.code };
    if (error instanceof errors.JWKSNoMatchingKey)
      return { verdict: 'no-matching-key', joseCode: error.code };
    if (error instanceof errors.JWSSignatureVerificationFailed)
      return { verdict: 'signature-invalid', joseCode: error.code };
    throw error;
  }
}

/** Real keys, real JWTs and real verdicts for every token of the world at `nowS`, reusing `previous`. */
export async function runCrypto(world: World, nowS: number, previous?: CryptoRun): Promise<CryptoRun> {
  const keys = await generateRealKeys(world, previous?.keys);
  const jwts = new Map<string, string>();
  const signed = new Map<SimToken, string>();
  for (const token of world.tokens) {
    const jwt = previous?.signed.get(token) ?? (await signToken(token, keys));
    jwts.set(token.id, jwt);
    signed.set(token, jwt);
  }
  const keySet = verifierKeySet(world, keys, nowS);
  const checks = new Map<string, CryptoCheck>();
  for (const [id, jwt] of jwts) checks.set(id, await verifyWithKeySet(jwt, keySet, nowS));
  return { keys, jwts, signed, keySet, checks };
}
