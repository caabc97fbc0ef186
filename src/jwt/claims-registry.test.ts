import { describe, expect, it } from 'vitest';
import { REGISTERED_NAMES, findRegisteredName } from '@/jwt/claims-registry';

const REQUIRED_HEADER = [
  ...['alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit'],
  ...['enc', 'zip', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c', 'b64'],
];
const REQUIRED_PAYLOAD = [
  ...['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'],
  ...['auth_time', 'nonce', 'acr', 'amr', 'azp', 'at_hash', 'c_hash', 'sid'],
  ...[
    'name',
    'given_name',
    'family_name',
    'email',
    'email_verified',
    'preferred_username',
    'picture',
    'locale',
  ],
  ...['updated_at', 'scope', 'client_id', 'act', 'cnf'],
];

describe('REGISTERED_NAMES', () => {
  it.each(REQUIRED_HEADER)('explains the header parameter %s', (name) => {
    expect(findRegisteredName('header', name)?.name).toBe(name);
  });

  it.each(REQUIRED_PAYLOAD)('explains the claim %s', (name) => {
    expect(findRegisteredName('payload', name)?.name).toBe(name);
  });

  it('lists each location and name once', () => {
    const keys = REGISTERED_NAMES.map((entry) => `${entry.location}:${entry.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(REGISTERED_NAMES.map((entry) => [entry.location, entry.name, entry] as const))(
    '%s %s has a title, a one-or-two-sentence description and a link matching its label',
    (_location, _name, entry) => {
      expect(entry.title).toMatch(/\S/);
      const sentences = entry.description.match(/[.!?](?=\s|$)/g) ?? [];
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      const rfc = /^RFC (\d+) §([\d.]+)$/.exec(entry.spec);
      if (rfc) {
        expect(entry.url).toBe(`https://www.rfc-editor.org/rfc/rfc${rfc[1]}#section-${rfc[2]}`);
      } else {
        expect(entry.spec).toMatch(/^OpenID Connect .+ §[\d.]+$/);
        expect(entry.url).toMatch(
          /^https:\/\/openid\.net\/specs\/openid-connect-[a-z]+-1_0\.html#[A-Za-z]+$/,
        );
      }
    },
  );
});

describe('findRegisteredName', () => {
  it.each([
    ['header', 'alg', 'RFC 7515 §4.1.1', 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1.1'],
    ['header', 'x5t#S256', 'RFC 7515 §4.1.8', 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1.8'],
    ['header', 'crit', 'RFC 7515 §4.1.11', 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1.11'],
    ['header', 'enc', 'RFC 7516 §4.1.2', 'https://www.rfc-editor.org/rfc/rfc7516#section-4.1.2'],
    ['header', 'zip', 'RFC 7516 §4.1.3', 'https://www.rfc-editor.org/rfc/rfc7516#section-4.1.3'],
    ['header', 'epk', 'RFC 7518 §4.6.1.1', 'https://www.rfc-editor.org/rfc/rfc7518#section-4.6.1.1'],
    ['header', 'tag', 'RFC 7518 §4.7.1.2', 'https://www.rfc-editor.org/rfc/rfc7518#section-4.7.1.2'],
    ['header', 'p2c', 'RFC 7518 §4.8.1.2', 'https://www.rfc-editor.org/rfc/rfc7518#section-4.8.1.2'],
    ['header', 'b64', 'RFC 7797 §3', 'https://www.rfc-editor.org/rfc/rfc7797#section-3'],
    ['payload', 'iss', 'RFC 7519 §4.1.1', 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1'],
    ['payload', 'exp', 'RFC 7519 §4.1.4', 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4'],
    ['payload', 'jti', 'RFC 7519 §4.1.7', 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.7'],
    [
      'payload',
      'nonce',
      'OpenID Connect Core 1.0 §2',
      'https://openid.net/specs/openid-connect-core-1_0.html#IDToken',
    ],
    [
      'payload',
      'email',
      'OpenID Connect Core 1.0 §5.1',
      'https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims',
    ],
    [
      'payload',
      'c_hash',
      'OpenID Connect Core 1.0 §3.3.2.11',
      'https://openid.net/specs/openid-connect-core-1_0.html#HybridIDToken',
    ],
    ['payload', 'act', 'RFC 8693 §4.1', 'https://www.rfc-editor.org/rfc/rfc8693#section-4.1'],
    ['payload', 'scope', 'RFC 8693 §4.2', 'https://www.rfc-editor.org/rfc/rfc8693#section-4.2'],
    ['payload', 'cnf', 'RFC 7800 §3.1', 'https://www.rfc-editor.org/rfc/rfc7800#section-3.1'],
  ] as const)('cites the %s name %s as %s', (location, name, spec, url) => {
    expect(findRegisteredName(location, name)).toMatchObject({ name, location, spec, url });
  });

  it('teaches that a verifier must never trust a key the token names itself', () => {
    expect(findRegisteredName('header', 'jwk')?.description).toMatch(
      /never trust a key the token names itself/,
    );
  });

  it.each([
    ['payload', 'EXP'],
    ['payload', 'alg'],
    ['header', 'exp'],
    ['payload', 'constructor'],
    ['header', '__proto__'],
    ['payload', 'toString'],
    ['payload', ''],
  ] as const)('finds nothing for the %s name "%s"', (location, name) => {
    expect(findRegisteredName(location, name)).toBeUndefined();
  });
});
