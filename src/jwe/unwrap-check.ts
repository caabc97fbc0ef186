/**
 * Which step of a failed decryption failed. jose answers every failure with one "decryption operation
 * failed" on purpose (a server must not be an oracle); a debugger that the key's owner runs should say
 * whether the content key could not be unwrapped (wrong key) or the tag did not match (changed token).
 * So the key management step is redone here, on its own, with WebCrypto (RFC 7518 §4).
 */
import type { JWK } from 'jose';
import { base64urlToBytes, utf8ToBytes } from '@/encoding/base64';
import {
  CEK_BYTES,
  JWE_KEY_ALGORITHM_INFO,
  type JweContentEncryption,
  type JweKeyAlgorithm,
} from './jwe-algorithms';

/** `no-unwrap`: `dir` and `ECDH-ES` have no unwrap step, so a wrong key and a changed token look alike. */
export type UnwrapOutcome = 'unwrapped' | 'failed' | 'no-unwrap';

/** What the unwrap check needs: the recipient's header, its encrypted key, and the key tried. */
export interface UnwrapInput {
  readonly alg: JweKeyAlgorithm;
  readonly enc: JweContentEncryption;
  readonly header: Readonly<Record<string, unknown>>;
  readonly encryptedKey: string;
  /** A secret's bytes (AES key or password) or a private JWK. */
  readonly key: Uint8Array | JWK;
}

const subtle = () => globalThis.crypto.subtle;
const buffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);
const member = (header: Readonly<Record<string, unknown>>, name: string): Uint8Array => {
  const value = header[name];
  const bytes = typeof value === 'string' ? base64urlToBytes(value) : null;
  if (!bytes) throw new Error(`header member ${name} is missing or not base64url`);
  return bytes;
};

/** Redoes the key management step alone: did this key recover a content key of the right size? */
export async function checkUnwrap(input: UnwrapInput): Promise<UnwrapOutcome> {
  const { alg } = input;
  if (!JWE_KEY_ALGORITHM_INFO[alg].wraps) return 'no-unwrap';
  try {
    const cek = await unwrap(input);
    return cek.length === CEK_BYTES[input.enc] ? 'unwrapped' : 'failed';
  } catch {
    return 'failed';
  }
}

async function unwrap({ alg, header, encryptedKey, key }: UnwrapInput): Promise<Uint8Array> {
  const wrapped = base64urlToBytes(encryptedKey);
  if (!wrapped) throw new Error('encrypted key is not base64url');
  if (alg.startsWith('RSA-OAEP')) {
    const hash = alg === 'RSA-OAEP' ? 'SHA-1' : `SHA-${alg.slice(-3)}`;
    const jwk = { ...(key as JWK), alg: undefined, use: undefined, key_ops: undefined } as JsonWebKey;
    const privateKey = await subtle().importKey('jwk', jwk, { name: 'RSA-OAEP', hash }, false, ['decrypt']);
    return new Uint8Array(await subtle().decrypt({ name: 'RSA-OAEP' }, privateKey, buffer(wrapped)));
  }
  if (alg.includes('GCMKW')) {
    const kek = await subtle().importKey('raw', buffer(key as Uint8Array), 'AES-GCM', false, ['decrypt']);
    const iv = member(header, 'iv');
    const sealed = new Uint8Array([...wrapped, ...member(header, 'tag')]);
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: buffer(iv) }, kek, sealed));
  }
  const kekBits = (JWE_KEY_ALGORITHM_INFO[alg].kekBytes ?? 0) * 8;
  const kekBytes = alg.startsWith('PBES2')
    ? await pbes2Kek(alg, header, key as Uint8Array, kekBits)
    : alg.startsWith('ECDH-ES')
      ? await ecdhKek(alg, header, key as JWK, kekBits)
      : (key as Uint8Array);
  return aesKwUnwrap(kekBytes, wrapped);
}

async function aesKwUnwrap(kekBytes: Uint8Array, wrapped: Uint8Array): Promise<Uint8Array> {
  const kek = await subtle().importKey('raw', buffer(kekBytes), 'AES-KW', false, ['unwrapKey']);
  const cek = await subtle().unwrapKey(
    'raw',
    buffer(wrapped),
    kek,
    'AES-KW',
    { name: 'HMAC', hash: 'SHA-256' },
    true,
    ['sign'],
  );
  return new Uint8Array(await subtle().exportKey('raw', cek));
}

/** RFC 7518 §4.8.1.1: the salt is the UTF-8 alg, a zero byte, then p2s. */
async function pbes2Kek(
  alg: string,
  header: Readonly<Record<string, unknown>>,
  password: Uint8Array,
  bits: number,
) {
  const salt = new Uint8Array([...utf8ToBytes(alg), 0, ...member(header, 'p2s')]);
  const iterations = header.p2c;
  if (typeof iterations !== 'number') throw new Error('p2c is not a number');
  const base = await subtle().importKey('raw', buffer(password), 'PBKDF2', false, ['deriveBits']);
  const hash = `SHA-${alg.slice(8, 11)}`;
  return new Uint8Array(await subtle().deriveBits({ name: 'PBKDF2', hash, salt, iterations }, base, bits));
}

/** RFC 7518 §4.6.2: ECDH with the ephemeral key, then the Concat KDF of NIST SP 800-56A. */
async function ecdhKek(alg: string, header: Readonly<Record<string, unknown>>, jwk: JWK, bits: number) {
  const epk = header.epk as JWK | undefined;
  if (!epk || typeof epk !== 'object') throw new Error('epk is missing');
  const params = epk.crv === 'X25519' ? { name: 'X25519' } : { name: 'ECDH', namedCurve: String(epk.crv) };
  const material = (value: JWK): JsonWebKey => {
    const { kty, crv, x, y, d } = value;
    return { kty, crv, x, ...(y !== undefined && { y }), ...(d !== undefined && { d }) } as JsonWebKey;
  };
  const publicKey = await subtle().importKey('jwk', material({ ...epk, d: undefined }), params, false, []);
  const privateKey = await subtle().importKey('jwk', material(jwk), params, false, ['deriveBits']);
  const zBits = epk.crv === 'P-384' ? 384 : epk.crv === 'P-521' ? 528 : 256;
  const z = new Uint8Array(
    await subtle().deriveBits({ name: params.name, public: publicKey }, privateKey, zBits),
  );
  const optional = (name: string) =>
    typeof header[name] === 'string' ? member(header, name) : new Uint8Array();
  const otherInfo = [utf8ToBytes(alg), optional('apu'), optional('apv')].flatMap((part) => [
    ...uint32(part.length),
    ...part,
  ]);
  const input = new Uint8Array([...uint32(1), ...z, ...otherInfo, ...uint32(bits)]);
  const digest = new Uint8Array(await subtle().digest('SHA-256', input));
  return digest.slice(0, bits / 8);
}

function uint32(value: number): number[] {
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}
