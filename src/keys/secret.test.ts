import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ErrorField } from '@/core/errors';
import { SECRET_ENCODINGS, type SecretEncoding } from './key-types';
import { decodeSecret, secretCandidatesInOtherEncodings } from './secret';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('decodeSecret', () => {
  it.each([
    ['utf8', 'secret', '736563726574'],
    ['utf8', ' a  b ', '206120206220'],
    ['utf8', 'pasted\r\n', '706173746564'],
    ['utf8', 'é', 'c3a9'],
    ['base64', 'c2VjcmV0', '736563726574'],
    ['base64', 'c2VjcmV0\n', '736563726574'],
    ['base64', '+/8=', 'fbff'],
    ['base64', 'YQ==', '61'],
    ['base64', 'YQ', '61'],
    ['base64', 'c2Vj\ncmV0', '736563726574'],
    ['base64url', '-_8', 'fbff'],
    ['base64url', 'YQ==', '61'],
    ['hex', 'DEADbeef', 'deadbeef'],
    ['hex', '0xdead beef', 'deadbeef'],
    ['hex', 'de:ad:be:ef', 'deadbeef'],
  ] as const)('decodes %s %j', (encoding, text, expected) => {
    const result = decodeSecret(text, encoding);
    expect(result.ok && hex(result.value)).toBe(expected);
  });

  it.each<[SecretEncoding, string, 'KEY_EMPTY' | 'KEY_INVALID', ErrorField, string]>([
    ['utf8', '', 'KEY_EMPTY', 'key', 'empty'],
    ['hex', '  \n', 'KEY_EMPTY', 'key', 'empty'],
    [
      'hex',
      'abg1',
      'KEY_INVALID',
      'secretEncoding',
      'This secret is not valid hex: "g" at position 3 is not a hex digit. It is valid base64 and base64url',
    ],
    ['hex', 'abc', 'KEY_INVALID', 'secretEncoding', 'odd number of hex digits (3)'],
    ['hex', 'x!', 'KEY_INVALID', 'key', '"x" at position 1 is not a hex digit'],
    [
      'base64',
      'ab-_',
      'KEY_INVALID',
      'secretEncoding',
      '"-" at position 3 belongs to base64url, not base64. It is valid base64url',
    ],
    ['base64url', 'ab+/', 'KEY_INVALID', 'secretEncoding', '"+" at position 3 belongs to standard base64'],
    ['base64', 'ab=c', 'KEY_INVALID', 'key', '"=" at position 3 is padding in the middle'],
    ['base64', 'abcde', 'KEY_INVALID', 'key', 'its length (5 characters) is impossible'],
    ['base64', 'YQ=', 'KEY_INVALID', 'secretEncoding', 'wrong amount of "=" padding (1)'],
    ['base64', '====', 'KEY_INVALID', 'key', 'no data characters'],
    ['base64url', 'secret!', 'KEY_INVALID', 'key', '"!" at position 7 is not a base64url character'],
  ])('fails on %s %j', (encoding, text, code, field, message) => {
    const result = decodeSecret(text, encoding);
    expect(!result.ok && [result.error.code, result.error.field]).toEqual([code, field]);
    expect(!result.ok && result.error.message).toContain(message);
  });

  it('never throws, and always fails with a key or secretEncoding error when it fails', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.constantFrom(...SECRET_ENCODINGS),
        (text, encoding) => {
          const result = decodeSecret(text, encoding);
          if (!result.ok) expect(['key', 'secretEncoding']).toContain(result.error.field);
        },
      ),
    );
  });

  it('round-trips random bytes through every encoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        const buffer = Buffer.from(bytes);
        for (const [encoding, text] of [
          ['base64', buffer.toString('base64')],
          ['base64url', buffer.toString('base64url')],
          ['hex', buffer.toString('hex')],
        ] as const) {
          const result = decodeSecret(text, encoding);
          expect(result.ok && hex(result.value)).toBe(buffer.toString('hex'));
        }
      }),
    );
  });
});

describe('secretCandidatesInOtherEncodings', () => {
  it.each<[string, SecretEncoding, SecretEncoding[]]>([
    ['c2VjcmV0', 'utf8', ['base64']],
    ['c2VjcmV0', 'base64', ['utf8']],
    ['deadbeef', 'utf8', ['base64', 'hex']],
    ['a-_b', 'utf8', ['base64url']],
    ['secret!', 'utf8', []],
    ['secret!', 'hex', ['utf8']],
  ])('lists the other readings of %j under %s', (text, encoding, expected) => {
    expect(secretCandidatesInOtherEncodings(text, encoding).map((reading) => reading.encoding)).toEqual(
      expected,
    );
  });
});
