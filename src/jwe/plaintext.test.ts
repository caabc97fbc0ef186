import { describe, expect, it } from 'vitest';
import type { DebuggerVerdict } from '@/jwt/compose-verdict';
import { composeDecryptionVerdict } from './decryption-verdict';
import { decodePlaintext, nestedTokenIn, saysNestedJwt } from './plaintext';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodePlaintext', () => {
  it.each([
    ['JSON', '{"sub":"a"}', { isJson: true, json: { sub: 'a' } }],
    ['text', 'Live long and prosper.', { isJson: false, text: 'Live long and prosper.' }],
  ])('shows %s as the debugger shows a payload', (_name, text, expected) => {
    expect(decodePlaintext(bytes(text))).toMatchObject(expected);
  });

  it('shows binary as hex', () => {
    expect(decodePlaintext(new Uint8Array([0xff, 0x00, 0xfe]))).toMatchObject({ text: null, hex: 'ff00fe' });
  });
});

describe('nestedTokenIn and saysNestedJwt', () => {
  it.each([
    ['a compact JWS', 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln', true],
    ['a compact JWE', 'eyJhbGciOiJkaXIifQ..aXY.Y3Q.dGFn', true],
    ['a JWS with spaces around', '  eyJhbGciOiJIUzI1NiJ9.e30.c2ln\n', true],
    ['four parts', 'a.b.c.d', false],
    ['prose with dots', 'Live long. And prosper.', false],
  ])('%s: %s', (_name, text, nested) => {
    expect(nestedTokenIn(decodePlaintext(bytes(text))) !== undefined).toBe(nested);
  });

  it.each([
    ['JWT', true],
    ['jwt', true],
    ['application/jwt', true],
    ['JOSE', false],
    [7, false],
  ])('cty %j says nested: %s', (cty, expected) => {
    expect(saysNestedJwt({ cty })).toBe(expected);
  });
});

describe('composeDecryptionVerdict', () => {
  const verdict = (change: Partial<DebuggerVerdict>): DebuggerVerdict => ({
    state: 'verified',
    headline: 'Signature verified',
    details: [],
    hints: [],
    claimFailures: [],
    claimPasses: [],
    ...change,
  });

  it.each([
    [{}, 'Decrypted and authenticated'],
    [{ claims: 'failed' as const }, 'Decrypted — but a verifier rejects the token'],
    [{ asPasted: 'spaces removed' }, 'Decrypted after cleanup — as pasted, a verifier rejects this token'],
  ])('words a verified verdict for decryption: %j', (change, headline) => {
    expect(composeDecryptionVerdict(verdict(change)).headline).toBe(headline);
  });

  it('leaves other verdicts as they are', () => {
    const invalid = verdict({ state: 'invalid', headline: 'Decryption failed at key unwrap' });
    expect(composeDecryptionVerdict(invalid)).toBe(invalid);
  });
});
