import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { base64urlToBytes, utf8ToBytes } from '@/encoding/base64';
import { bytesToBigInt, verifyP256WithoutRangeCheck } from './naive-ecdsa';

async function p256Signer() {
  const pair = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(pair.publicKey);
  const point = {
    x: bytesToBigInt(base64urlToBytes(jwk.x ?? '')!),
    y: bytesToBigInt(base64urlToBytes(jwk.y ?? '')!),
  };
  const sign = async (message: string) => {
    const signature = new Uint8Array(
      await crypto.subtle.sign(
        { name: 'ECDSA', hash: 'SHA-256' },
        pair.privateKey,
        utf8ToBytes(message) as BufferSource,
      ),
    );
    return { r: bytesToBigInt(signature.subarray(0, 32)), s: bytesToBigInt(signature.subarray(32)) };
  };
  return { point, sign };
}

async function sha256(message: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', utf8ToBytes(message) as BufferSource));
}

describe('bytesToBigInt', () => {
  it.each([
    [[], 0n],
    [[0], 0n],
    [[1, 0], 256n],
    [[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 2n ** 72n - 1n],
  ])('reads %j as %s', (bytes, value) => {
    expect(bytesToBigInt(new Uint8Array(bytes))).toBe(value);
  });
});

describe('verifyP256WithoutRangeCheck', () => {
  // It is a working ECDSA verifier: WebCrypto's signatures pass, and wrong ones fail.
  it.each(['', 'eyJhbGciOiJFUzI1NiJ9.e30', 'a longer message to sign, with ünïcödé'])(
    'accepts a WebCrypto signature of %j and rejects it for another message',
    async (message) => {
      const { point, sign } = await p256Signer();
      const { r, s } = await sign(message);
      expect(verifyP256WithoutRangeCheck(await sha256(message), r, s, point)).toBe(true);
      expect(verifyP256WithoutRangeCheck(await sha256(`${message}!`), r, s, point)).toBe(false);
      expect(verifyP256WithoutRangeCheck(await sha256(message), r, s + 1n, point)).toBe(false);
    },
  );

  it('rejects a genuine signature under another key', async () => {
    const [alice, bob] = [await p256Signer(), await p256Signer()];
    const { r, s } = await alice.sign('hello');
    expect(verifyP256WithoutRangeCheck(await sha256('hello'), r, s, bob.point)).toBe(false);
  });

  it.each(['', 'hello', '{"role":"admin"}'])(
    'accepts r = s = 0 for %j under any key: the psychic signature',
    async (message) => {
      const { point } = await p256Signer();
      expect(verifyP256WithoutRangeCheck(await sha256(message), 0n, 0n, point)).toBe(true);
    },
  );

  it('WebCrypto refuses the same r = s = 0 signature', async () => {
    const pair = await generateKeyPair('ES256');
    const valid = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      pair.publicKey,
      new Uint8Array(64),
      utf8ToBytes('hello') as BufferSource,
    );
    expect(valid).toBe(false);
  });
});
