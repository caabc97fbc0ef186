import { describe, expect, it } from 'vitest';
import type { KeySource } from '@/keys/key-types';
import { planSnippets, type SnippetInputs } from './snippet-options';

const token = (header: Record<string, unknown> | null, changes: Partial<SnippetInputs['token']> = {}) => ({
  kind: 'jws' as const,
  serialization: 'compact' as const,
  header: header && { text: JSON.stringify(header), value: header },
  errors: [],
  ...changes,
});

const inputs = (changes: Partial<SnippetInputs> = {}): SnippetInputs => ({
  token: token({ alg: 'HS256' }),
  encoding: 'base64url',
  skewSeconds: 30,
  expectedIssuer: '',
  expectedAudience: '',
  ...changes,
});

function planOf(changes: Partial<SnippetInputs>) {
  const result = planSnippets(inputs(changes));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('planSnippets', () => {
  it.each<[string, Record<string, unknown>, KeySource | undefined, unknown]>([
    [
      'an HMAC secret in the chosen encoding',
      { alg: 'HS256' },
      'secret',
      { form: 'secret', encoding: 'base64url' },
    ],
    [
      'an HMAC secret with no key yet',
      { alg: 'HS512' },
      undefined,
      { form: 'secret', encoding: 'base64url' },
    ],
    [
      'an oct JWK as its k member, base64url',
      { alg: 'HS256' },
      'jwk',
      { form: 'secret', encoding: 'base64url' },
    ],
    ['a PEM public key', { alg: 'RS256', kid: 'a' }, 'pem-spki', { form: 'pem' }],
    ['a certificate as PEM', { alg: 'RS256' }, 'pem-x509', { form: 'pem' }],
    ['a private key as its public PEM', { alg: 'ES256' }, 'pem-pkcs8', { form: 'pem' }],
    ['one JWK', { alg: 'ES256', kid: 'a' }, 'jwk', { form: 'jwk' }],
    ['a JWKS by the kid', { alg: 'RS256', kid: 'k-2026' }, 'jwks', { form: 'jwks', kid: 'k-2026' }],
    ['one JWK from a JWKS when there is no kid', { alg: 'RS256' }, 'jwks', { form: 'jwk' }],
    ['a JWKS by kid with no key yet', { alg: 'PS256', kid: 'x' }, undefined, { form: 'jwks', kid: 'x' }],
    ['a PEM with no key and no kid', { alg: 'EdDSA' }, undefined, { form: 'pem' }],
  ])('reads %s', (_name, header, keySource, key) => {
    expect(planOf({ token: token(header), keySource }).options.key).toEqual(key);
  });

  it.each<[KeySource, string]>([
    ['pem-x509', 'openssl x509'],
    ['pem-pkcs1-private', 'openssl pkey'],
    ['jwks', 'no kid'],
  ])('says what to do with a %s key', (keySource, words) => {
    expect(planOf({ token: token({ alg: 'RS256' }), keySource }).notes.join(' ')).toContain(words);
  });

  it('pins the header’s alg and passes the leeway, trimmed issuer and each audience', () => {
    const plan = planOf({
      token: token({ alg: 'ES384' }),
      expectedIssuer: '  https://idp.example/ ',
      expectedAudience: 'api://a, api://b  api://c',
    });
    expect(plan.options).toEqual({
      alg: 'ES384',
      key: { form: 'pem' },
      skewSeconds: 30,
      expectedIssuer: 'https://idp.example/',
      expectedAudience: ['api://a', 'api://b', 'api://c'],
    });
  });

  it.each<[string, SnippetInputs['token'], string, string]>([
    ['a JWE', token({ alg: 'dir', enc: 'A256GCM' }, { kind: 'jwe' }), 'ALG_UNSUPPORTED', 'token'],
    [
      'the JSON serialization',
      token({ alg: 'RS256' }, { serialization: 'json-flattened' }),
      'TOKEN_MALFORMED',
      'token',
    ],
    ['a token that does not decode', token(null, { kind: 'unknown' }), 'TOKEN_MALFORMED', 'token'],
    ['no alg', token({ typ: 'JWT' }), 'ALG_MISSING', 'header'],
    ['alg none', token({ alg: 'none' }), 'ALG_NONE', 'header'],
    ['alg NONE', token({ alg: 'NONE' }), 'ALG_NONE', 'header'],
    ['an unknown alg', token({ alg: 'HS1' }), 'ALG_UNSUPPORTED', 'header'],
    ['b64: false', token({ alg: 'HS256', b64: false, crit: ['b64'] }), 'CRIT_UNSUPPORTED', 'header'],
  ])('returns an error for %s', (_name, decoded, code, field) => {
    expect(planSnippets(inputs({ token: decoded }))).toMatchObject({ ok: false, error: { code, field } });
  });
});
