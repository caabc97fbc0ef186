import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isEditedToken, isLocalEdit } from './edit-or-replace';

const EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTEyMzQiLCJyb2xlIjoidXNlciJ9.F_GdVQfDP1pqYbR2INLm6p2R34vHzg1qTwjkr9utoR4';
const [HEADER = '', PAYLOAD = '', SIGNATURE = ''] = EXAMPLE.split('.');
const OTHER_RS256 =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGxlIn0.c2lnbmF0dXJlLW9mLWFub3RoZXItdG9rZW4tdGhhdC1pcy1sb25n';

describe('isEditedToken', () => {
  it.each([
    ['the example itself', EXAMPLE, true],
    ['the example with surrounding whitespace', `  ${EXAMPLE}\n`, true],
    [
      'one character of the payload changed',
      `${HEADER}.${PAYLOAD.slice(0, 10)}X${PAYLOAD.slice(11)}.${SIGNATURE}`,
      true,
    ],
    ['the whole payload replaced', `${HEADER}.eyJyb2xlIjoiYWRtaW4ifQ.${SIGNATURE}`, true],
    ['the signature removed', `${HEADER}.${PAYLOAD}.`, true],
    ['a different token with the same header', `${HEADER}.eyJzdWIiOiJvdGhlciJ9.AAAA`, false],
    ['an identity provider token', OTHER_RS256, false],
    ['an empty field', '', false],
    ['a Bearer paste of another token', `Bearer ${OTHER_RS256}`, false],
  ])('%s → %s', (_name, next, expected) => {
    expect(isEditedToken(next, EXAMPLE)).toBe(expected);
  });
});

describe('isLocalEdit', () => {
  it.each([
    ['deleting the last character', 'Fpct4bDoUoG5lUDRY_PZSPh6pcprEDLLT6A3KXoL7o', true],
    ['inserting one character', 'Fpct4bDoUoG5lUDRY_PZSPh6XpcprEDLLT6A3KXoL7oY', true],
    ['a new secret typed over it', 'my-wrong-secret', false],
    ['a PEM pasted over it', '-----BEGIN PUBLIC KEY-----\nMIIB…', false],
    ['emptied', '', false],
  ])('%s → %s', (_name, next, expected) => {
    expect(isLocalEdit(next, 'Fpct4bDoUoG5lUDRY_PZSPh6pcprEDLLT6A3KXoL7oY')).toBe(expected);
  });

  it('always counts a single-character edit of a text of 2 or more characters as local', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 2, maxLength: 80 }),
        fc.nat(),
        fc.string({ maxLength: 1 }),
        (text, at, insert) => {
          const index = at % text.length;
          expect(isLocalEdit(text.slice(0, index) + insert + text.slice(index + 1), text)).toBe(true);
        },
      ),
    );
  });
});
