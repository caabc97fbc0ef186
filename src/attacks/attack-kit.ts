/**
 * What every experiment shares: the simulated service's names, reading the inputs (each problem on its
 * field), the run's clock, and signing a compact JWS over exactly the JSON it is given.
 */
import { CompactSign, type CompactJWSHeaderParameters } from 'jose';
import { hmacSha2 } from '@/audit/hmac-sha2';
import { bytesToBase64url, bytesToHex, utf8ToBytes } from '@/encoding/base64';
import { fail, ok, type ErrorField, type Result } from '@/core/errors';
import type { AttackContext } from './experiment';

/** The issuer and audience of the simulated service every hardened verifier expects. */
export const ISSUER = 'https://login.example.com';
export const AUDIENCE = 'api.example.com';
export const HOUR_S = 3600;

export type Claims = Record<string, unknown>;
export type Inputs = Readonly<Record<string, string>>;

/** What the service issues to an ordinary user: the genuine token an attacker starts from. */
export const USER_CLAIMS: Readonly<Claims> = { sub: 'alice', role: 'user', iss: ISSUER, aud: AUDIENCE };
/** What the attacker wants the verifier to believe (the initial `claims` input of most experiments). */
export const ADMIN_CLAIMS: Readonly<Claims> = { sub: 'alice', role: 'admin', iss: ISSUER, aud: AUDIENCE };

/** The claims an attacker wants a verifier to believe, as the initial `claims` input (pretty JSON). */
export function claimsText(claims: Claims): string {
  return JSON.stringify(claims, null, 2);
}

/** An input's text; a field the page did not send reads as empty. */
export function inputText(inputs: Inputs, name: ErrorField): string {
  return inputs[name] ?? '';
}

/** Reads a JSON-object input (the claims), with the problem on its field. */
export function readClaims(inputs: Inputs, field: ErrorField = 'claims'): Result<Claims> {
  const text = inputText(inputs, field);
  if (text.trim() === '')
    return fail('PAYLOAD_NOT_JSON', field, 'Write the claims as a JSON object, e.g. {"sub": "alice"}.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('PAYLOAD_NOT_JSON', field, `The claims are not valid JSON: ${reason}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(
      'PAYLOAD_NOT_JSON',
      field,
      'The claims must be a JSON object (RFC 7519 §7.2), not an array or a value.',
    );
  return ok(value as Claims);
}

/** Reads a choice input; anything but one of its options is an error on that field. */
export function readChoice<T extends string>(
  inputs: Inputs,
  field: ErrorField,
  options: readonly T[],
): Result<T> {
  const text = inputText(inputs, field);
  const choice = options.find((option) => option === text);
  if (choice !== undefined) return ok(choice);
  return fail(
    'ATTACK_INPUT_INVALID',
    field,
    `${JSON.stringify(text)} is not one of the choices: ${options.map((o) => JSON.stringify(o)).join(', ')}.`,
  );
}

/** Reads a text input that must not be blank (surrounding spaces removed). */
export function readRequired(inputs: Inputs, field: ErrorField, what: string): Result<string> {
  const text = inputText(inputs, field).trim();
  return text === '' ? fail('ATTACK_INPUT_INVALID', field, `Enter ${what}.`) : ok(text);
}

/** The run's moment: the page's reading when given, else the clock read once, here, at the run's start. */
export function runClock(context: AttackContext | undefined): {
  readonly nowMs: number;
  readonly nowS: number;
} {
  const nowMs = context?.nowMs ?? Date.now();
  return { nowMs, nowS: Math.floor(nowMs / 1000) };
}

/** Adds `iat` (now) and `exp` (an hour on) unless the claims set them: an issuer or a forger picks both. */
export function withLifetime(claims: Claims, nowS: number): Claims {
  return {
    ...claims,
    iat: 'iat' in claims ? claims['iat'] : nowS,
    exp: 'exp' in claims ? claims['exp'] : nowS + HOUR_S,
  };
}

/** base64url of the UTF-8 of `JSON.stringify(value)`: one compact segment. */
export function encodeJson(value: unknown): string {
  return bytesToBase64url(utf8ToBytes(JSON.stringify(value)));
}

/** A fresh 32-byte HMAC secret from the CSPRNG (RFC 7518 §3.2's minimum for HS256). */
export function randomSecret(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

/** A fresh HMAC secret from the CSPRNG, as the hex text a service keeps in its configuration. */
export function randomSecretText(bytes = 32): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** What the service hands alice before any attack: a genuine HS256 token (role "user") and its fresh secret. */
export async function issueUserToken(nowS: number): Promise<{ secret: Uint8Array; token: string }> {
  const secret = randomSecret();
  const token = await signCompact({ alg: 'HS256', typ: 'JWT' }, withLifetime(USER_CLAIMS, nowS), secret);
  return { secret, token };
}

const HMAC_ALGS = ['HS256', 'HS384', 'HS512'] as const;
type HmacAlg = (typeof HMAC_ALGS)[number];

/**
 * Signs a compact JWS over `JSON.stringify(header)` and `JSON.stringify(claims)`. Byte keys sign with
 * HMAC — WebCrypto, or for an empty key (which WebCrypto refuses to import) the project's own HMAC;
 * key pairs sign with jose.
 */
export async function signCompact(
  header: CompactJWSHeaderParameters,
  claims: Claims,
  key: Uint8Array | CryptoKey,
): Promise<string> {
  if (!(key instanceof Uint8Array))
    return new CompactSign(utf8ToBytes(JSON.stringify(claims))).setProtectedHeader(header).sign(key);
  const alg = HMAC_ALGS.find((name) => name === header.alg);
  if (!alg) throw new Error(`signCompact: a byte key signs HS256/384/512 only, not ${String(header.alg)}`);
  const signingInput = `${encodeJson(header)}.${encodeJson(claims)}`;
  return `${signingInput}.${bytesToBase64url(await hmac(alg, key, utf8ToBytes(signingInput)))}`;
}

async function hmac(alg: HmacAlg, key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  if (key.length === 0) return hmacSha2(alg, key, message);
  const hash = `SHA-${alg.slice(2)}`;
  const cryptoKey = await crypto.subtle.importKey('raw', key as BufferSource, { name: 'HMAC', hash }, false, [
    'sign',
  ]);
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, message as BufferSource));
}
