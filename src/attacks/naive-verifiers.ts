/**
 * The naive verifiers of /attacks. EVERY FUNCTION HERE IS AN EXAMPLE OF WHAT NOT TO DO: each was
 * written for this page, deliberately vulnerable, to show the attack working. Each mistake is a real
 * one, seen in libraries and applications (the experiment names the CVE or the RFC 8725 section).
 * Verify with `hardened-verifier.ts` instead: jose, algorithms pinned, claims checked, keys never
 * taken from the token.
 */
import { compactVerify, importJWK, type JSONWebKeySet, type JWK } from 'jose';
import { hmacSha2 } from '@/audit/hmac-sha2';
import { base64urlToBytes, bytesToUtf8, utf8ToBytes } from '@/encoding/base64';
import type { JwsAlgorithm } from '@/core/algorithms';
import { parseKey } from '@/keys/parse-key';
import type { VerifierVerdict } from './experiment';
import { bytesToBigInt, verifyP256WithoutRangeCheck } from './naive-ecdsa';
import type { KeyLookup } from './naive-key-lookups';
import { accepted, refused } from './verdicts';

/** The naive verifiers' own codes: how they accepted, or why they refused. */
export type NaiveCode =
  | 'SIGNATURE_SKIPPED'
  | 'SIGNATURE_VALID'
  | 'NOT_VERIFIED'
  | 'TOKEN_MALFORMED'
  | 'KEY_NOT_FOUND'
  | 'KEY_LOOKUP_FAILED'
  | 'SIGNATURE_MISMATCH';

type Claims = Readonly<Record<string, unknown>>;
interface NaiveToken {
  readonly header: Claims;
  readonly claims: Claims;
  readonly signingInput: string;
  readonly signature: Uint8Array;
  readonly alg: string;
}

const MALFORMED = refused('TOKEN_MALFORMED', 'It could not split and decode the token, so it refused it.');

/**
 * NOT what to do: trusts the header's `alg` — `none` in any letter case skips the signature, and `HS*`
 * uses the configured key text (even a public key's PEM) as an HMAC secret.
 */
export async function naiveVerifyTrustingAlg(
  token: string,
  secretOrPublicKey: string | Uint8Array,
): Promise<VerifierVerdict> {
  const t = readNaively(token);
  if (!t) return MALFORMED;
  if (t.alg.toLowerCase() === 'none')
    return accepted(
      'SIGNATURE_SKIPPED',
      `The header says "alg": "${t.alg}", so it checked no signature and trusted the claims.`,
      t.claims,
    );
  if (/^HS(256|384|512)$/.test(t.alg)) {
    if (typeof secretOrPublicKey !== 'string') return hmacVerdict(t, secretOrPublicKey, 'its secret');
    const key = utf8ToBytes(secretOrPublicKey);
    const how = `its configured key text (${key.length} bytes), used as an HMAC secret because the header said "${t.alg}"`;
    return hmacVerdict(t, key, how);
  }
  if (typeof secretOrPublicKey !== 'string')
    return refused('KEY_NOT_FOUND', `It has no public key for "alg": "${t.alg}".`);
  const parsed = await parseKey(secretOrPublicKey, 'utf8');
  const jwk = parsed.ok ? parsed.value.candidates[0]?.jwk : undefined;
  if (!jwk) return refused('KEY_NOT_FOUND', 'Its configured key text is not a public key it can read.');
  return jwkVerdict(token, t, jwk, 'its configured public key');
}

/** NOT what to do: verifies with the key the token carries in its own `jwk` header when there is one. */
export async function naiveVerifyEmbeddedJwk(token: string, serverJwk: JWK): Promise<VerifierVerdict> {
  const t = readNaively(token);
  if (!t) return MALFORMED;
  const embedded = t.header['jwk'];
  if (isObject(embedded))
    return jwkVerdict(token, t, embedded as JWK, 'the key in the token’s own "jwk" header');
  return jwkVerdict(token, t, serverJwk, 'the server’s own key');
}

/** NOT what to do: "fetches" keys from the URL in the token's `jku` (here from memory, never the network). */
export async function naiveVerifyJku(
  token: string,
  ownJwksUrl: string,
  fetchJwks: (url: string) => JSONWebKeySet | undefined,
): Promise<VerifierVerdict> {
  const t = readNaively(token);
  if (!t) return MALFORMED;
  const url = typeof t.header['jku'] === 'string' ? t.header['jku'] : ownJwksUrl;
  const set = fetchJwks(url);
  if (!set) return refused('KEY_NOT_FOUND', `There is no key set at ${url}.`);
  const kid = t.header['kid'];
  const jwk = set.keys.find((key) => kid === undefined || key.kid === kid);
  if (!jwk)
    return refused('KEY_NOT_FOUND', `The key set at ${url} has no key with kid ${JSON.stringify(kid)}.`);
  return jwkVerdict(token, t, jwk, `the key it "fetched" from ${url}`);
}

/**
 * NOT what to do: hands the `kid` header to a key lookup built by string concatenation, and uses whatever
 * bytes come back as the HMAC secret.
 */
export async function naiveVerifyKidLookup(
  token: string,
  lookup: (kid: string) => KeyLookup,
): Promise<VerifierVerdict> {
  const t = readNaively(token);
  if (!t) return MALFORMED;
  const found = lookup(typeof t.header['kid'] === 'string' ? t.header['kid'] : '');
  if (!found.ok) return refused('KEY_LOOKUP_FAILED', `Its key lookup failed: ${found.message}.`);
  return hmacVerdict(t, found.key, `the key it ${found.how}`);
}

/** NOT what to do: ECDSA P-256 verified by hand without the 0 < r, s < n check (CVE-2022-21449). */
export async function naiveVerifyEcdsaByHand(token: string, publicJwk: JWK): Promise<VerifierVerdict> {
  const t = readNaively(token);
  if (!t) return MALFORMED;
  const x = base64urlToBytes(publicJwk.x ?? '');
  const y = base64urlToBytes(publicJwk.y ?? '');
  if (t.alg !== 'ES256' || t.signature.length !== 64 || !x || !y)
    return refused('SIGNATURE_MISMATCH', 'It verifies ES256 signatures of 64 bytes only.');
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', utf8ToBytes(t.signingInput) as BufferSource),
  );
  const r = bytesToBigInt(t.signature.subarray(0, 32));
  const s = bytesToBigInt(t.signature.subarray(32));
  const valid = verifyP256WithoutRangeCheck(digest, r, s, { x: bytesToBigInt(x), y: bytesToBigInt(y) });
  return valid
    ? accepted(
        'SIGNATURE_VALID',
        `Its hand-written ECDSA check passed (r = ${r}, s = ${s}), so it trusted the claims.`,
        t.claims,
      )
    : refused('SIGNATURE_MISMATCH', 'Its hand-written ECDSA check failed.');
}

/** NOT what to do: checks the signature (algorithm pinned) and nothing else — no exp, nbf, iss or aud. */
export async function naiveVerifySignatureOnly(
  token: string,
  key: Uint8Array | CryptoKey,
  alg: JwsAlgorithm,
): Promise<VerifierVerdict> {
  const t = readNaively(token);
  if (!t) return MALFORMED;
  try {
    await compactVerify(token, key, { algorithms: [alg] });
  } catch (error) {
    return refused(
      'SIGNATURE_MISMATCH',
      `The ${alg} signature does not verify under its key (${messageOf(error)}).`,
    );
  }
  return accepted(
    'SIGNATURE_VALID',
    `The ${alg} signature verifies; it checked nothing else and trusted the claims.`,
    t.claims,
  );
}

/** NOT what to do: decodes the payload and trusts it; the signature is never checked. */
export function naiveDecodeOnly(token: string): VerifierVerdict {
  const t = readNaively(token);
  if (!t) return MALFORMED;
  return accepted(
    'NOT_VERIFIED',
    'It decoded the payload and trusted it; the signature was never checked.',
    t.claims,
  );
}

function hmacVerdict(t: NaiveToken, key: Uint8Array, how: string): VerifierVerdict {
  const alg = t.alg as 'HS256' | 'HS384' | 'HS512';
  if (!/^HS(256|384|512)$/.test(alg))
    return refused('SIGNATURE_MISMATCH', `It expected an HMAC token, not "alg": "${t.alg}".`);
  const expected = hmacSha2(alg, key, utf8ToBytes(t.signingInput));
  const same = expected.length === t.signature.length && expected.every((byte, i) => byte === t.signature[i]);
  return same
    ? accepted(
        'SIGNATURE_VALID',
        `The ${alg} signature matches under ${how}, so it trusted the claims.`,
        t.claims,
      )
    : refused('SIGNATURE_MISMATCH', `The ${alg} signature does not match under ${how}.`);
}

async function jwkVerdict(token: string, t: NaiveToken, jwk: JWK, whose: string): Promise<VerifierVerdict> {
  try {
    // The token's own alg, not an allow-list: jose is fine, the glue around it is what is naive.
    await compactVerify(token, await importJWK(jwk, t.alg));
  } catch (error) {
    return refused(
      'SIGNATURE_MISMATCH',
      `The ${t.alg} signature does not verify under ${whose} (${messageOf(error)}).`,
    );
  }
  return accepted(
    'SIGNATURE_VALID',
    `The ${t.alg} signature verifies under ${whose}, so it trusted the claims.`,
    t.claims,
  );
}

/** Splits and decodes a compact JWS the way hand-rolled code does: no checks beyond "it parses". */
function readNaively(token: string): NaiveToken | null {
  const parts = token.split('.');
  const [h = '', p = '', s = ''] = parts;
  const header = parseObject(h);
  const claims = parseObject(p);
  const signature = base64urlToBytes(s);
  if (parts.length !== 3 || !header || !claims || !signature) return null;
  return { header, claims, signature, signingInput: `${h}.${p}`, alg: String(header['alg'] ?? '') };
}

function parseObject(segment: string): Claims | null {
  const bytes = base64urlToBytes(segment);
  const text = bytes ? bytesToUtf8(bytes) : null;
  try {
    const value: unknown = JSON.parse(text ?? '');
    return isObject(value) ? (value as Claims) : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
