import { base64ToBytes } from '@/encoding/base64';
import type { Result } from '@/jwt/errors';
import { jwkFromPkcs1Public, jwkFromSpki } from './spki';
import { jwkFromCertificate } from './x509';
import type { PublicKeyInfo } from './public-jwk';

const READERS: readonly [string, (der: Uint8Array) => Result<PublicKeyInfo>][] = [
  ['a public key (SubjectPublicKeyInfo)', jwkFromSpki],
  ['an RSA public key (PKCS#1)', jwkFromPkcs1Public],
  ['a certificate', jwkFromCertificate],
];

function describeDer(der: Uint8Array | null): string | null {
  if (!der || der.length < 32 || der[0] !== 0x30) return null;
  for (const [what, read] of READERS) if (read(der).ok) return what;
  return null;
}

/**
 * Whether a "secret" is really a public key — its base64 body without (or with mangled) PEM armour,
 * or its DER bytes. Using a public key as an HMAC secret is the algorithm-confusion attack
 * (RFC 8725 §2.1): anyone holding the public key can forge such tokens. Returns what it is, or null.
 */
export function publicKeyInSecret(text: string, secretBytes: Uint8Array): string | null {
  const body = text
    .split(/\r?\n/)
    .filter((line) => !/^\s*-{2,}\s*(begin|end)\b/i.test(line))
    .join('')
    .replace(/\s+/g, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  return describeDer(secretBytes) ?? describeDer(base64ToBytes(body));
}
