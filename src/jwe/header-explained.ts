/**
 * A JWE header, member by member, in words (RFC 7516 §4.1, RFC 7518 §4.6–4.8): what each algorithm does
 * with the key, what `epk`, `p2s`, `p2c`, `apu`, `apv`, `zip` and `cty` are for — with the iteration
 * count measured against the user's bound.
 */
import { base64urlToBytes, bytesToUtf8 } from '@/encoding/base64';
import { isJweContentEncryption, isJweKeyAlgorithm } from './jwe-algorithms';
import { MAX_PLAINTEXT_BYTES } from './limits';

/** One explained header member. */
export interface HeaderRow {
  readonly name: string;
  /** The value as shown (short). */
  readonly value: string;
  readonly meaning: string;
  /** True when the value is a reason not to decrypt (RSA1_5, p2c above the bound). */
  readonly refused?: boolean;
}

const HASH_BITS = (alg: string) =>
  alg
    .match(/HS(\d{3})|OAEP-(\d{3})/)
    ?.slice(1)
    .find(Boolean) ?? '1';

/** What a key management algorithm does with the key (RFC 7518 §4). */
export function describeKeyManagement(alg: string): string {
  if (alg === 'RSA1_5')
    return 'RSAES-PKCS1-v1_5 (§4.2): refused — deprecated and open to padding-oracle attacks.';
  if (!isJweKeyAlgorithm(alg)) return 'Not a key management algorithm jwt-lab knows.';
  if (alg === 'dir')
    return 'Direct (§4.5): the shared key is the content key itself; there is no encrypted key.';
  if (alg.startsWith('RSA-OAEP'))
    return `RSAES-OAEP with SHA-${HASH_BITS(alg)} (§4.3): a random content key, encrypted to the recipient's RSA public key.`;
  if (alg === 'ECDH-ES')
    return "ECDH-ES (§4.6): the content key is derived from the sender's one-time key (epk) and the recipient's key; no encrypted key.";
  if (alg.startsWith('ECDH-ES+'))
    return `ECDH-ES + AES Key Wrap (§4.6): a key derived from epk and the recipient's key wraps a random content key with ${alg.slice(8)}.`;
  if (alg.startsWith('PBES2'))
    return `PBES2 (§4.8): PBKDF2-HMAC-SHA-${alg.slice(8, 11)} turns a password into a key (salt p2s, p2c iterations) that wraps a random content key with ${alg.slice(-6)}.`;
  if (alg.includes('GCMKW'))
    return `AES-${alg.slice(1, 4)}-GCM key wrap (§4.7): a random content key, encrypted under the shared key; its iv and tag are in the header.`;
  return `AES-${alg.slice(1, 4)} Key Wrap (§4.4, RFC 3394): a random content key, wrapped under the shared key.`;
}

/** What a content encryption algorithm is (RFC 7518 §5). */
export function describeContentEncryption(enc: string): string {
  if (!isJweContentEncryption(enc)) return 'Not a content encryption algorithm jwt-lab knows.';
  if (enc.endsWith('GCM'))
    return `AES-${enc.slice(1, 4)} in Galois/Counter Mode (§5.3): encrypts and authenticates in one pass.`;
  return `AES-${enc.slice(1, 4)}-CBC, then HMAC-SHA-${enc.slice(-3)} over the AAD, IV and ciphertext (§5.2): the tag is that HMAC, cut in half.`;
}

/** Explains each member of a JWE's JOSE header, in header order. */
export function explainJweHeader(header: Readonly<Record<string, unknown>>, p2cLimit: number): HeaderRow[] {
  return Object.entries(header).flatMap(([name, value]): HeaderRow[] => {
    const row = explainMember(name, value, p2cLimit);
    return row ? [{ name, value: shown(value), ...row }] : [];
  });
}

function explainMember(
  name: string,
  value: unknown,
  p2cLimit: number,
): Omit<HeaderRow, 'name' | 'value'> | null {
  switch (name) {
    case 'alg':
      return { meaning: describeKeyManagement(String(value)), ...(value === 'RSA1_5' && { refused: true }) };
    case 'enc':
      return { meaning: describeContentEncryption(String(value)) };
    case 'zip':
      return {
        meaning: `${value === 'DEF' ? 'DEFLATE' : 'Compression'}: the plaintext was compressed before encryption (RFC 7516 §4.1.3); jwt-lab inflates at most ${MAX_PLAINTEXT_BYTES / 1024 / 1024} MB.`,
      };
    case 'epk':
      return {
        meaning:
          "The sender's ephemeral public key for ECDH-ES: one-time, so each token gets a fresh shared secret (§4.6.1.1).",
      };
    case 'p2s':
      return { meaning: `PBKDF2 salt input${sizeOf(value)}, combined with alg (§4.8.1.1).` };
    case 'p2c': {
      const count = typeof value === 'number' ? value : NaN;
      const over = count > p2cLimit;
      const bound = `the limit here is ${p2cLimit.toLocaleString('en-US')}`;
      return {
        meaning: `PBKDF2 iterations (§4.8.1.2): ${over ? `above ${bound}, so decryption will not start` : `within ${bound}`}. Each one costs the attacker too; a hostile count can also freeze a decrypter.`,
        ...(over && { refused: true }),
      };
    }
    case 'apu':
    case 'apv':
      return {
        meaning: `Agreement Party${name === 'apu' ? 'U' : 'V'}Info: names the ${name === 'apu' ? 'sender' : 'recipient'}, mixed into the derived key (§4.6.1.${name === 'apu' ? 2 : 3})${asText(value)}.`,
      };
    case 'cty':
      return {
        meaning: /^(application\/)?jwt$/i.test(String(value))
          ? 'The plaintext is itself a JWT: a nested token, usually signed then encrypted (RFC 7519 §5.2).'
          : 'The media type of the plaintext (RFC 7516 §4.1.12).',
      };
    case 'kid':
      return { meaning: 'Which key decrypts: in a JWKS, the key with this kid is used.' };
    case 'typ':
      return { meaning: 'The media type of the whole token (RFC 7516 §4.1.11).' };
    case 'iv':
    case 'tag':
      return {
        meaning: `AES-GCM key wrap's ${name === 'iv' ? 'initialization vector' : 'authentication tag'} for the encrypted key (§4.7.1).`,
      };
    case 'crit':
      return { meaning: 'Extensions a recipient must understand, or reject the token (RFC 7516 §4.1.13).' };
    default:
      return null;
  }
}

function shown(value: unknown): string {
  if (typeof value === 'number') return value.toLocaleString('en-US');
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 37)}…` : value;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function sizeOf(value: unknown): string {
  const bytes = typeof value === 'string' ? base64urlToBytes(value) : null;
  return bytes ? ` (${bytes.length} bytes)` : '';
}

function asText(value: unknown): string {
  const bytes = typeof value === 'string' ? base64urlToBytes(value) : null;
  const text = bytes ? bytesToUtf8(bytes) : null;
  return text && /^[\x20-\x7e]+$/.test(text) ? `; here "${text}"` : '';
}
