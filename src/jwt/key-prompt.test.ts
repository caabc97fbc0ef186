import { describe, expect, it } from 'vitest';
import { keyPromptFor } from './key-prompt';

describe('keyPromptFor', () => {
  it.each(['HS256', 'HS384', 'HS512'] as const)('asks for the shared secret for %s', (alg) => {
    const prompt = keyPromptFor(alg, { iss: 'https://idp.example' });
    expect(prompt.kind).toBe('secret');
    expect(prompt.text).toMatch(/shared secret/);
    expect(prompt.discoveryUrl).toBeUndefined();
  });

  it.each(['RS256', 'PS384', 'ES256', 'EdDSA'] as const)('asks for the public key for %s', (alg) => {
    const prompt = keyPromptFor(alg, {});
    expect(prompt.kind).toBe('public-key');
    expect(prompt.text).toMatch(/public key: paste it as a PEM, a JWK, or the whole JWKS/);
  });

  it.each([
    ['https://login.example.com/', 'https://login.example.com/.well-known/openid-configuration'],
    ['https://idp.example/realms/main', 'https://idp.example/realms/main/.well-known/openid-configuration'],
    ['http://localhost:8080', undefined],
    ['https://idp.example/?tenant=1', undefined],
    ['not a url', undefined],
    [42, undefined],
  ])('gives the discovery URL of issuer %s', (iss, expected) => {
    expect(keyPromptFor('RS256', { iss }).discoveryUrl).toBe(expected);
  });
});
