/** One JWK (RFC 7517 §4, RFC 7518 §6, RFC 8037 §2) checked and reduced to what verification needs. */
import type { JWK } from 'jose';
import { base64urlToBytes } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import { describeKey, PRIVATE_KEY_NOTE } from './describe-key';
import type { KeyCandidate, KeySource } from './key-types';
import { CURVE_SIZES, UNSUPPORTED_CURVES } from './oids';
import { bitLength } from './public-jwk';

/** Private members of RSA/EC/OKP JWKs (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2). */
export const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];
/** A private key's operations, turned into their public counterparts. */
const PUBLIC_OPS: Readonly<Record<string, string>> = {
  sign: 'verify',
  decrypt: 'encrypt',
  unwrapKey: 'wrapKey',
};

/** A JWK candidate plus notes for the user. */
export interface JwkReading {
  readonly candidate: KeyCandidate;
  readonly notes: readonly string[];
}

/** Checks one parsed JSON value as a JWK and returns its public (or secret) form. */
export function readJwk(value: unknown, source: KeySource = 'jwk'): Result<JwkReading> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid('A JWK must be a JSON object such as {"kty": "RSA", "n": "…", "e": "AQAB"}.');
  }
  const jwk = value as Record<string, unknown>;
  const kty = jwk['kty'];
  if (typeof kty !== 'string') return invalid('This JWK has no "kty" string member (RSA, EC, OKP or oct).');
  const material = checkMaterial(kty, jwk);
  if (!material.ok) return material;
  const fromPrivate = kty !== 'oct' && PRIVATE_MEMBERS.some((name) => name in jwk);
  const publicJwk = toPublicJwk(jwk, fromPrivate);
  const kid = typeof jwk['kid'] === 'string' ? jwk['kid'] : undefined;
  const bits = material.value;
  const candidate: KeyCandidate = {
    jwk: publicJwk,
    description: describeKey(publicJwk, bits, source, fromPrivate),
    fromPrivate,
    ...(kid !== undefined && { kid }),
    ...(bits !== undefined && { bits }),
  };
  return ok({ candidate, notes: fromPrivate ? [PRIVATE_KEY_NOTE] : [] });
}

/** Validates the key material members; returns the size in bits where it matters (RSA, oct). */
function checkMaterial(kty: string, jwk: Record<string, unknown>): Result<number | undefined> {
  switch (kty) {
    case 'RSA': {
      const n = member(jwk, 'n', 'RSA', 'modulus');
      if (!n.ok) return n;
      const e = member(jwk, 'e', 'RSA', 'exponent');
      if (!e.ok) return e;
      if (bitLength(n.value) === 0 || bitLength(e.value) === 0)
        return invalid('This RSA JWK has a zero "n" or "e".');
      return ok(bitLength(n.value));
    }
    case 'EC':
    case 'OKP': {
      const crv = jwk['crv'];
      if (typeof crv !== 'string') return invalid(`This ${kty} JWK has no "crv" (curve) member.`);
      const reason = lookup(UNSUPPORTED_CURVES, crv);
      if (reason !== undefined) return fail('KEY_UNSUPPORTED', 'key', `This key cannot be used: ${reason}.`);
      const size = kty === 'EC' ? lookup(CURVE_SIZES, crv) : crv === 'Ed25519' ? 32 : undefined;
      if (size === undefined)
        return fail('KEY_UNSUPPORTED', 'key', `This key cannot be used: unsupported ${kty} curve "${crv}".`);
      for (const name of kty === 'EC' ? ['x', 'y'] : ['x']) {
        const coordinate = member(jwk, name, `${kty} ${crv}`, 'public key coordinate');
        if (!coordinate.ok) return coordinate;
        if (coordinate.value.length !== size) {
          return invalid(
            `The "${name}" member of this ${crv} JWK is ${coordinate.value.length} bytes; it must be ${size}.`,
          );
        }
      }
      return ok(undefined);
    }
    case 'oct': {
      const k = member(jwk, 'k', 'oct', 'secret');
      if (!k.ok) return k;
      if (k.value.length === 0)
        return invalid('The "k" member of this oct JWK is empty; an HMAC key needs bytes.');
      return ok(k.value.length * 8);
    }
    default:
      return fail(
        'KEY_UNSUPPORTED',
        'key',
        `Unsupported kty "${kty}": this tool verifies with RSA, EC, OKP (Ed25519) and oct keys.`,
      );
  }
}

/** A required base64url member, decoded. */
function member(jwk: Record<string, unknown>, name: string, kind: string, what: string): Result<Uint8Array> {
  const text = jwk[name];
  if (typeof text !== 'string') return invalid(`This ${kind} JWK has no "${name}" (${what}) member.`);
  const bytes = base64urlToBytes(text);
  if (!bytes) {
    return invalid(
      `The "${name}" member of this ${kind} JWK is not base64url (RFC 7515 §2: "-" and "_", no "=" padding).`,
    );
  }
  return ok(bytes);
}

function toPublicJwk(jwk: Record<string, unknown>, fromPrivate: boolean): JWK {
  const entries = Object.entries(jwk).filter(([name]) => !(fromPrivate && PRIVATE_MEMBERS.includes(name)));
  const out: Record<string, unknown> = Object.fromEntries(entries);
  const ops = out['key_ops'];
  if (fromPrivate && Array.isArray(ops)) {
    out['key_ops'] = [
      ...new Set(ops.map((op: unknown) => (typeof op === 'string' ? (lookup(PUBLIC_OPS, op) ?? op) : op))),
    ];
  }
  return out as JWK;
}

/** Own-property lookup: names such as "constructor" in hostile JSON must not reach Object.prototype. */
function lookup<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

function invalid(message: string): Result<never> {
  return fail('KEY_INVALID', 'key', message);
}
