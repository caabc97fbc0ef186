import {
  constants,
  createHmac,
  createPublicKey,
  timingSafeEqual,
  verify,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import {
  compactDecrypt,
  createLocalJWKSet,
  flattenedVerify,
  type FlattenedJWS,
  type GeneralJWS,
  type JSONWebKeySet,
} from 'jose';
import { describe, expect, it } from 'vitest';
import { ALGORITHM_INFO, JWS_ALGORITHMS, isJwsAlgorithm } from '@/core/algorithms';
import { DEFAULT_EXAMPLE } from '@/jwt/default-example';
import { EXAMPLES, findExample, type Example } from '@/jwt/examples';
import { base64ToBytes, base64urlToBytes, hexToBytes, utf8ToBytes } from '@/encoding/base64';

const Y2100 = 4102444800;
const NOW = Math.floor(Date.now() / 1000);
const JSON_FORMS = new Set(['json-general', 'json-flattened', 'jwe-dir']);
const COMPACT = EXAMPLES.filter((e) => !JSON_FORMS.has(e.id) && e.alg !== 'none');

const fromB64u = (text: string) => Buffer.from(text, 'base64url');
const segment = (token: string, index: number) => token.split('.')[index] ?? '';

function exampleById(id: string): Example {
  const example = findExample(id);
  if (!example) throw new Error(`no example ${id}`);
  return example;
}
const segmentJson = (segment: string) =>
  JSON.parse(fromB64u(segment).toString('utf8')) as Record<string, unknown>;

/** The HMAC key bytes an example's secret text stands for, read with its declared encoding. */
function secretBytes(example: Pick<Example, 'key' | 'secretEncoding'>): Uint8Array {
  const decode = { utf8: utf8ToBytes, base64: base64ToBytes, base64url: base64urlToBytes, hex: hexToBytes };
  const bytes = decode[example.secretEncoding](example.key);
  if (!bytes) throw new Error(`secret is not valid ${example.secretEncoding}`);
  return bytes;
}

/** The public key for a compact token, from PEM, JWK or (by the header's kid) JWKS text. */
function publicKeyFor(keyText: string, kid: unknown): KeyObject {
  if (keyText.startsWith('-----BEGIN')) return createPublicKey(keyText);
  const parsed = JSON.parse(keyText) as JsonWebKey & { keys?: JsonWebKey[] };
  const jwk = parsed.keys ? parsed.keys.find((k) => k.kid === kid) : parsed;
  if (!jwk) throw new Error(`no key with kid ${String(kid)}`);
  return createPublicKey({ key: jwk, format: 'jwk' });
}

/** Verifies a compact JWS with node:crypto alone (no jose), as RFC 7515/7518 describe it. */
function verifyCompact(token: string, example: Example): boolean {
  const lastDot = token.lastIndexOf('.');
  // With b64:false (RFC 7797) the payload segment is already the raw payload, so the signing input is
  // the token up to the last dot in both cases.
  const input = Buffer.from(token.slice(0, lastDot));
  const signature = fromB64u(token.slice(lastDot + 1));
  const header = segmentJson(token.slice(0, token.indexOf('.')));
  const alg = String(header.alg);
  if (!isJwsAlgorithm(alg)) throw new Error(`unexpected alg ${alg}`);
  const hash = `sha${alg.slice(-3)}`;
  if (alg.startsWith('HS')) {
    const mac = createHmac(hash, secretBytes(example)).update(input).digest();
    return mac.length === signature.length && timingSafeEqual(mac, signature);
  }
  const key = publicKeyFor(example.key, header.kid);
  if (alg.startsWith('PS')) {
    const pss = {
      key,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
    };
    return verify(hash, input, pss, signature);
  }
  if (alg.startsWith('ES')) return verify(hash, input, { key, dsaEncoding: 'ieee-p1363' }, signature);
  return verify(alg.startsWith('RS') ? hash : null, input, key, signature);
}

/** The token with one character of its signature changed. */
function tamper(token: string): string {
  const at = token.length - 5;
  return token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
}

/** Public keys (as JWK) in PEM, JWK or JWKS text; private keys are reduced to their public part. */
function publicJwksOf(text: string): JsonWebKey[] {
  if (text.startsWith('-----BEGIN')) return [createPublicKey(text).export({ format: 'jwk' })];
  const parsed = JSON.parse(text) as JsonWebKey & { keys?: JsonWebKey[] };
  return (parsed.keys ?? [parsed]).map((jwk) =>
    createPublicKey({ key: jwk, format: 'jwk' }).export({ format: 'jwk' }),
  );
}

function claimsOf(token: string): Record<string, unknown> {
  return segmentJson(segment(token, 1));
}

describe('EXAMPLES', () => {
  it.each(COMPACT)('$id verifies with its key (node:crypto)', (example) => {
    expect(verifyCompact(example.token, example)).toBe(true);
    expect(verifyCompact(tamper(example.token), example)).toBe(false);
  });

  it('nests a signed JWT that verifies with the same secret', () => {
    const nested = exampleById('nested-jwt');
    const inner = fromB64u(segment(nested.token, 1)).toString('utf8');
    expect(segmentJson(segment(nested.token, 0))).toMatchObject({ cty: 'JWT' });
    expect(verifyCompact(inner, nested)).toBe(true);
    expect(claimsOf(inner).exp).toBeGreaterThanOrEqual(Y2100);
  });

  it('json-general carries two signatures, each verifying with the JWKS (jose)', async () => {
    const example = exampleById('json-general');
    const jws = JSON.parse(example.token) as GeneralJWS;
    const jwks = createLocalJWKSet(JSON.parse(example.key) as JSONWebKeySet);
    expect(jws.signatures).toHaveLength(2);
    for (const signature of jws.signatures) {
      const flattened = { payload: jws.payload, ...signature } as FlattenedJWS;
      await expect(flattenedVerify(flattened, jwks)).resolves.toBeTruthy();
      await expect(flattenedVerify({ ...flattened, payload: `${jws.payload}A` }, jwks)).rejects.toThrow();
    }
  });

  it('json-flattened verifies with its secret (jose)', async () => {
    const example = exampleById('json-flattened');
    const jws = JSON.parse(example.token) as FlattenedJWS;
    const { payload } = await flattenedVerify(jws, secretBytes(example));
    expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({ exp: Y2100 });
    await expect(
      flattenedVerify({ ...jws, signature: tamper(jws.signature) }, secretBytes(example)),
    ).rejects.toThrow();
  });

  it('jwe-dir decrypts with its key, marked as a decryption key (jose)', async () => {
    const example = exampleById('jwe-dir');
    const jwk = JSON.parse(example.key) as { k: string; use: string };
    expect(example.keyPurpose).toBe('decrypt');
    expect(jwk.use).toBe('enc');
    expect(example.token.split('.')).toHaveLength(5);
    const { plaintext } = await compactDecrypt(example.token, fromB64u(jwk.k));
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toMatchObject({ exp: Y2100 });
  });

  it('alg-none is unsecured: an empty signature and no key', () => {
    const example = exampleById('alg-none');
    expect(example.token.endsWith('.')).toBe(true);
    expect(segmentJson(segment(example.token, 0))).toEqual({ alg: 'none', typ: 'JWT' });
    expect(example.key).toBe('');
  });

  it('leads with an identity-provider token whose JWKS holds two keys, the token naming the second', () => {
    const [first, second] = EXAMPLES;
    expect([first?.id, second?.id]).toEqual(['idp-rs256', 'hs256']);
    const idp = exampleById('idp-rs256');
    const keys = (JSON.parse(idp.key) as { keys: { kid: string }[] }).keys;
    expect(keys).toHaveLength(2);
    expect(segmentJson(segment(idp.token, 0))).toMatchObject({ alg: 'RS256', kid: keys[1]?.kid });
    expect(claimsOf(idp.token)).toMatchObject({
      iss: 'https://login.example.com/',
      aud: 'https://api.example.com',
    });
  });

  it('has unique ids and labels', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(new Set(EXAMPLES.map((e) => e.label)).size).toBe(EXAMPLES.length);
  });

  it.each(JWS_ALGORITHMS)('has a plain %s example in its family group', (alg) => {
    expect(EXAMPLES.find((e) => e.alg === alg && e.group === ALGORITHM_INFO[alg].family)).toBeDefined();
  });

  it.each(EXAMPLES.filter((e) => e.alg.startsWith('HS')))(
    '$id has a secret no shorter than its hash',
    (e) => {
      const alg = e.alg as 'HS256' | 'HS384' | 'HS512';
      expect(secretBytes(e).length).toBeGreaterThanOrEqual(ALGORITHM_INFO[alg].hashBytes);
    },
  );

  it.each(COMPACT.filter((e) => !['expired', 'not-yet-valid', 'b64-false', 'nested-jwt'].includes(e.id)))(
    '$id stays valid until 2100',
    (example) => {
      expect(claimsOf(example.token).exp).toBeGreaterThanOrEqual(Y2100);
    },
  );

  it('has one expired and one not-yet-valid example', () => {
    expect(claimsOf(exampleById('expired').token).exp).toBeLessThan(NOW);
    expect(claimsOf(exampleById('not-yet-valid').token).nbf).toBeGreaterThan(NOW);
  });

  it.each(EXAMPLES.filter((e) => e.privateKey !== undefined))(
    '$id ships the private key of its key',
    (example) => {
      const publicKeys = publicJwksOf(example.key);
      for (const derived of publicJwksOf(example.privateKey ?? ''))
        expect(publicKeys).toContainEqual(derived);
    },
  );
});

describe('DEFAULT_EXAMPLE', () => {
  it('is the HS256 example: a base64url secret and user claims', () => {
    expect(DEFAULT_EXAMPLE).toEqual(EXAMPLES.find((example) => example.id === 'hs256'));
    expect(DEFAULT_EXAMPLE).toMatchObject({ id: 'hs256', alg: 'HS256', secretEncoding: 'base64url' });
    expect(Object.keys(claimsOf(DEFAULT_EXAMPLE.token))).toEqual(['sub', 'name', 'iat', 'exp', 'role']);
    expect(claimsOf(DEFAULT_EXAMPLE.token).role).toBe('user');
  });
});

describe('findExample', () => {
  it.each([
    ['rs256', 'RS256'],
    ['jwks-kid', 'RS256'],
    ['eddsa', 'EdDSA'],
  ])('finds %s', (id, alg) => {
    expect(findExample(id)?.alg).toBe(alg);
  });

  it('returns undefined for an unknown id', () => {
    expect(findExample('no-such-example')).toBeUndefined();
  });
});
