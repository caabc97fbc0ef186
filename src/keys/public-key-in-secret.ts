import { base64ToBytes, hexToBytes } from '@/encoding/base64';
import type { Result } from '@/core/errors';
import { findModulusHex, prepareKeyText, removeArmour } from './key-text-unwrap';
import { looksLikeRsaModulus } from './rsa-modulus';
import { jwkFromPkcs1Public, jwkFromSpki } from './spki';
import { jwkFromCertificate } from './x509';
import type { PublicKeyInfo } from './public-jwk';
import { MIN_PUBLIC_KEY_DER_BYTES } from './public-key-shape';

const READERS: readonly [string, (der: Uint8Array) => Result<PublicKeyInfo>][] = [
  ['a public key (SubjectPublicKeyInfo)', jwkFromSpki],
  ['an RSA public key (PKCS#1)', jwkFromPkcs1Public],
  ['a certificate', jwkFromCertificate],
];
const MODULUS = 'the modulus n of an RSA public key, written as hex';

// The body after unwrapping: base64 or base64url (padding only at the end), or hex. Both patterns are
// one character class, so they stay linear; base64ToBytes is only called on text that passed.
const BASE64_ANY_RE = /^[A-Za-z0-9+/_-]*={0,2}$/;
const HEX_RE = /^[0-9a-fA-F]*$/;

function describeDer(der: Uint8Array | null): string | null {
  if (!der || der.length < MIN_PUBLIC_KEY_DER_BYTES || der[0] !== 0x30) return null;
  for (const [what, read] of READERS) {
    const result = read(der);
    // KEY_UNSUPPORTED means well-formed but of a kind verification here cannot use (X25519, Ed448):
    // a public key all the same, and just as public.
    if (result.ok || result.error.code === 'KEY_UNSUPPORTED') return what;
  }
  return null;
}

/** Hex printed as separate bytes ("c3:5a:…" or "c3 5a …"), as dumps print it and random secrets never are. */
function isByteDump(text: string): boolean {
  const pairs = text.replace(/^0x/i, '').split(/[\s:]+/);
  return pairs.length > 1 && pairs.every((pair) => pair.length === 2);
}

/**
 * Whether a "secret" is really a public key — its base64 body without (or with mangled) PEM armour,
 * or its DER bytes. Using a public key as an HMAC secret is the algorithm-confusion attack
 * (RFC 8725 §2.1): anyone holding the public key can forge such tokens. Returns what it is, or null.
 *
 * The text is unwrapped first (`\n` escapes, quotes, BEGIN/END lines with any dashes or case,
 * whitespace), then read as base64, base64url or hex, and the bytes must parse as a DER
 * SubjectPublicKeyInfo, PKCS#1 RSA public key or certificate. A bare RSA modulus has no structure to
 * parse, so it counts only with a sign of where it came from (see `looksLikeRsaModulus`).
 */
export function publicKeyInSecret(text: string, secretBytes: Uint8Array): string | null {
  const asBytes = describeDer(secretBytes);
  if (asBytes) return asBytes;
  const prepared = prepareKeyText(text);
  const body = removeArmour(prepared).trim();
  const compact = body.replace(/\s+/g, '');
  if (BASE64_ANY_RE.test(compact)) {
    const what = describeDer(base64ToBytes(compact.replaceAll('-', '+').replaceAll('_', '/')));
    if (what) return what;
  }
  const hex = compact.replace(/^0x/i, '').replace(/[:-]/g, '');
  const bytes = HEX_RE.test(hex) ? hexToBytes(hex) : null;
  if (bytes) {
    const what = describeDer(bytes);
    if (what) return `${what} written as hex`;
    if (looksLikeRsaModulus(bytes, isByteDump(body))) return MODULUS;
  }
  const labelled = findModulusHex(prepared);
  const modulus = labelled === null ? null : hexToBytes(labelled);
  return modulus && looksLikeRsaModulus(modulus, true) ? MODULUS : null;
}
