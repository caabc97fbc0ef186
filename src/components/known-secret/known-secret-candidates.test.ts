import { describe, expect, it } from 'vitest';
import { utf8ToBytes } from '@/encoding/base64';
import { knownSecretCandidates } from './known-secret-candidates';

describe('knownSecretCandidates', () => {
  it.each<[string, string, Uint8Array | undefined, string[]]>([
    ['no secret bytes (a key pair)', '-----BEGIN PRIVATE KEY-----', undefined, []],
    [
      'a UTF-8 secret, once',
      'your-256-bit-secret',
      utf8ToBytes('your-256-bit-secret'),
      ['your-256-bit-secret'],
    ],
    ['a trailing line break trimmed', 'secret\n', utf8ToBytes('secret'), ['secret']],
    [
      'a base64url secret and the text it decodes to',
      'c2VjcmV0',
      utf8ToBytes('secret'),
      ['c2VjcmV0', 'secret'],
    ],
    ['binary bytes: only the typed text', 'AP8', Uint8Array.from([0x00, 0xff]), ['AP8']],
  ])('%s', (_name, keyText, bytes, expected) => {
    expect(knownSecretCandidates(keyText, bytes)).toEqual(expected);
  });
});
