import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeSecretList, findKnownSecret, parseSecretList, splitSecretLines } from '@/audit/secret-list';
import { bytesToBase64url } from '@/encoding/base64';

interface WeakSecretCase {
  id: string;
  category: string;
  expect: { weakSecret?: { secret: string; inWallarmList: boolean; wallarmLine: number | null } };
}

const LIST_TEXT = readFileSync(new URL('../../data/jwt.secrets.list', import.meta.url), 'utf8');
const VECTORS = JSON.parse(
  readFileSync(new URL('../../data/jose-vectors.json', import.meta.url), 'utf8'),
) as WeakSecretCase[];
const WEAK = VECTORS.flatMap((c) => (c.expect.weakSecret ? [{ id: c.id, ...c.expect.weakSecret }] : []));
const LIST = parseSecretList(LIST_TEXT);

describe('splitSecretLines', () => {
  it.each([
    ['CRLF with a final line break', 'a\r\nb\r\n', ['a', 'b']],
    ['bare LF', 'a\nb', ['a', 'b']],
    ['a leading empty line (as in the wallarm list)', '\r\nsecret\r\n', ['', 'secret']],
    ['spaces kept as part of the secret', ' pad \r\n', [' pad ']],
    ['empty text', '', []],
  ])('splits %s', (_name, text, lines) => {
    expect(splitSecretLines(text)).toEqual(lines);
  });

  it('numbers the wallarm list as its README does (103,979 lines, line 40 is "secret")', () => {
    const lines = splitSecretLines(LIST_TEXT);
    expect(lines).toHaveLength(103_979);
    expect(lines[39]).toBe('secret');
  });
});

describe('parseSecretList', () => {
  it('skips empty lines and duplicates', () => {
    expect([...parseSecretList('\r\nsecret\r\n\r\npassword\r\nsecret\r\n')]).toEqual(['secret', 'password']);
  });

  it('holds every distinct non-empty line of the wallarm list', () => {
    expect(LIST.size).toBe(103_781);
    expect(LIST.has('')).toBe(false);
  });

  it.each(WEAK.filter((c) => c.inWallarmList))('finds $secret ($id) at line $wallarmLine', (c) => {
    expect(LIST.has(c.secret)).toBe(true);
    expect(splitSecretLines(LIST_TEXT).indexOf(c.secret) + 1).toBe(c.wallarmLine);
  });

  it.each(WEAK.filter((c) => !c.inWallarmList))('does not find $secret ($id), which the list lacks', (c) => {
    expect(LIST.has(c.secret)).toBe(false);
  });
});

describe('findKnownSecret', () => {
  it.each([
    ['a-string-secret-at-least-256-bits-long', "jwt.io's default HS256 secret (current site, 2025)"],
    [
      'a-valid-string-secret-that-is-at-least-384-bits-long',
      "jwt.io's default HS384 secret (current site, 2025)",
    ],
    [
      'a-valid-string-secret-that-is-at-least-512-bits-long-which-is-very-long',
      "jwt.io's default HS512 secret (current site, 2025)",
    ],
  ])('names jwt.io as the source of %s, even before the list is loaded', (secret, where) => {
    expect(findKnownSecret(secret, null)).toEqual({ secret, where });
    expect(findKnownSecret(secret, LIST)).toEqual({ secret, where });
  });

  it('prefers the well-known table, which names the source, over the list', () => {
    expect(findKnownSecret('your-256-bit-secret', LIST)?.where).toBe(
      "jwt.io's default HS256 secret (2018–2025)",
    );
  });

  it('falls back to the list for secrets only the list knows', () => {
    expect(findKnownSecret('!)&@%&*$E^$', LIST)).toEqual({
      secret: '!)&@%&*$E^$',
      where: 'listed in the wallarm/jwt-secrets list of 103,781 known JWT secrets',
    });
    expect(findKnownSecret('!)&@%&*$E^$', null)).toBeNull();
  });

  it.each([
    ['a random 32-byte secret', bytesToBase64url(crypto.getRandomValues(new Uint8Array(32)))],
    ['an empty secret', ''],
    ['a known secret with different case', 'SECRET-NOT-IN-LIST-Your-256-Bit-Secret'],
    ['a known secret with a trailing space', 'your-256-bit-secret '],
  ])('finds nothing for %s', (_name, secret) => {
    expect(findKnownSecret(secret, LIST)).toBeNull();
  });
});

describe('describeSecretList', () => {
  it('counts the secrets with thousands separators', () => {
    expect(describeSecretList(new Set(['a', 'b']))).toBe(
      'listed in the wallarm/jwt-secrets list of 2 known JWT secrets',
    );
  });
});
