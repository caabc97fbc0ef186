import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitForColour } from './split-for-colour';

describe('splitForColour', () => {
  it.each([
    ['a JWS', 'aaa.bbb.ccc', ['header', 'payload', 'signature']],
    ['a JWS being typed', 'aaa.bb', ['header', 'payload']],
    ['a JWE', 'h.k.i.c.t', ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']],
    ['four parts', 'a.b.c.d', ['header', 'payload', 'signature', 'extra']],
    ['an unsecured JWT', 'aaa.bbb.', ['header', 'payload', 'signature']],
  ])('colours %s', (_name, text, roles) => {
    expect(splitForColour(text)?.map((part) => part.role)).toEqual(roles);
  });

  it.each([
    ['empty', ''],
    ['with a space', 'aaa. bbb.ccc'],
    ['JSON', '{"payload":"e30"}'],
  ])('leaves %s text plain', (_name, text) => {
    expect(splitForColour(text)).toBeNull();
  });

  it('keeps every character, in order, so the backdrop lines up with the field', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_.-]{1,200}$/), (text) => {
        expect(
          splitForColour(text)
            ?.map((part) => part.text)
            .join('.'),
        ).toBe(text);
      }),
    );
  });
});
