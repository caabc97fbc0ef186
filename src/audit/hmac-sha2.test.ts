import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHmacKernel, loadKey } from './hmac-kernel';
import { hmacSha2 } from './hmac-sha2';
import { hashBytes, SHA2_CORES, type HmacAlgorithm } from './sha2-cores';
import { createHash } from 'node:crypto';

const ALGS: readonly HmacAlgorithm[] = ['HS256', 'HS384', 'HS512'];
const NODE_HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;
const nodeHmac = (alg: HmacAlgorithm, key: Uint8Array, message: Uint8Array) =>
  new Uint8Array(createHmac(NODE_HASH[alg], key).update(message).digest());
const text = (value: string) => new TextEncoder().encode(value);

describe('hmacSha2', () => {
  it.each(ALGS)(
    '%s matches node:crypto on random keys (empty and longer than a block) and messages',
    (alg) => {
      fc.assert(
        fc.property(
          fc.uint8Array({ minLength: 0, maxLength: 300 }),
          fc.uint8Array({ minLength: 0, maxLength: 600 }),
          (key, message) => {
            expect(hmacSha2(alg, key, message)).toEqual(nodeHmac(alg, key, message));
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  // Block and padding edges: a length field that just fits, or just doesn't, and keys at the block size.
  it.each(
    ALGS.flatMap((alg) => [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129].map((n) => [alg, n] as const)),
  )('%s matches node:crypto with key and message of %i bytes', (alg, n) => {
    const key = Uint8Array.from({ length: n }, (_, i) => (i * 7 + 3) & 0xff);
    const message = Uint8Array.from({ length: n }, (_, i) => (i * 13 + 1) & 0xff);
    expect(hmacSha2(alg, key, message)).toEqual(nodeHmac(alg, key, message));
  });

  it('reproduces RFC 4231 test case 2 (key "Jefe")', () => {
    const digest = hmacSha2('HS256', text('Jefe'), text('what do ya want for nothing?'));
    expect(Buffer.from(digest).toString('hex')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
});

describe('hashBytes', () => {
  it.each([
    ['HS256', 'sha256'],
    ['HS384', 'sha384'],
    ['HS512', 'sha512'],
  ] as const)('%s core hashes like node %s', (alg, hash) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(hashBytes(SHA2_CORES[alg], bytes)).toEqual(
          new Uint8Array(createHash(hash).update(bytes).digest()),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('createHmacKernel', () => {
  it.each(ALGS)('%s matches the right key only, reusing its buffer across candidates', (alg) => {
    const message = text('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0');
    const kernel = createHmacKernel(SHA2_CORES[alg], message, nodeHmac(alg, text('secret'), message));
    for (const [candidate, expected] of [
      ['secreu', false],
      ['secret', true],
      ['secre', false],
      ['secret\0', true], // zero padding: HMAC cannot tell a trailing NUL from the key's end
      ['x'.repeat(200), false],
      ['secret', true],
    ] as const) {
      loadKey(kernel, text(candidate));
      expect(kernel.matches()).toBe(expected);
    }
  });

  it('throws on a signature of the wrong length (a bug in the caller)', () => {
    expect(() => createHmacKernel(SHA2_CORES.HS256, new Uint8Array(1), new Uint8Array(31))).toThrow(
      /signature length/,
    );
  });
});
