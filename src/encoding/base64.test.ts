import { describe, expect, it } from 'vitest';
import { base64ToBytes, base64urlToBytes, bytesToBase64url } from './base64';
describe('base64 padding on hostile input', () => {
  it('handles a long run of "=" in the middle of the text at once (the old /=+$/ was quadratic)', () => {
    const text = `${'='.repeat(200_000)}x`;
    const started = performance.now();
    expect(base64ToBytes(text)).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('base64 round trips', () => {
  it.each([[''], ['f'], ['fo'], ['foo'], ['foob']])('%s survives base64url encoding and decoding', (text) => {
    const bytes = new TextEncoder().encode(text);
    const encoded = bytesToBase64url(bytes);
    expect(encoded).not.toMatch(/=/);
    expect(base64urlToBytes(encoded)).toEqual(bytes);
    expect(base64ToBytes(`${btoa(text)}`)).toEqual(bytes);
  });
});
