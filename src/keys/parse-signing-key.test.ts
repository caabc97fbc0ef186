import { constants, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { CompactSign, importJWK, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import type { JwsAlgorithm } from '@/core/algorithms';
import { encodeElement, encodeOid } from './der-write';
import { parseSigningKey } from './parse-signing-key';
import { encodePem } from './pem';

type Kind = 'RSA' | 'P-256' | 'P-384' | 'P-521' | 'Ed25519';

const ALG: Readonly<Record<Kind, JwsAlgorithm>> = {
  RSA: 'RS256',
  'P-256': 'ES256',
  'P-384': 'ES384',
  'P-521': 'ES512',
  Ed25519: 'EdDSA',
};
const BASE: Readonly<Record<Kind, string>> = {
  RSA: 'RSA 2048-bit',
  'P-256': 'EC P-256',
  'P-384': 'EC P-384',
  'P-521': 'EC P-521',
  Ed25519: 'Ed25519',
};
const CURVE_OIDS: Readonly<Record<string, string>> = {
  'P-256': '1.2.840.10045.3.1.7',
  'P-384': '1.3.132.0.34',
  'P-521': '1.3.132.0.35',
};

function generate(kind: Kind): { publicKey: KeyObject; privateKey: KeyObject } {
  if (kind === 'RSA') return generateKeyPairSync('rsa', { modulusLength: 2048 });
  if (kind === 'Ed25519') return generateKeyPairSync('ed25519');
  return generateKeyPairSync('ec', { namedCurve: kind });
}

const pem = (key: KeyObject, type: 'pkcs1' | 'pkcs8' | 'sec1'): string =>
  String(key.export({ format: 'pem', type } as never));

/** SEC1 with only the curve and d: no public key, so the parser must let WebCrypto compute it. */
function sec1WithoutPublicKey(privateKey: KeyObject, crv: string): string {
  const d = Buffer.from(String(privateKey.export({ format: 'jwk' }).d), 'base64url');
  const der = encodeElement(
    0x30,
    encodeElement(0x02, new Uint8Array([1])),
    encodeElement(0x04, d),
    encodeElement(0xa0, encodeOid(CURVE_OIDS[crv]!)),
  );
  return encodePem('EC PRIVATE KEY', der);
}

interface FormatCase {
  readonly name: string;
  readonly kind: Kind;
  readonly text: string;
  readonly alg: JwsAlgorithm;
  readonly description: string;
  readonly publicKey: KeyObject;
}

/** Every private format Node exports, for a fresh key of every kind. */
const FORMAT_CASES: readonly FormatCase[] = (['RSA', 'P-256', 'P-384', 'P-521', 'Ed25519'] as const).flatMap(
  (kind) => {
    const { publicKey, privateKey } = generate(kind);
    const add = (format: string, text: string, origin: string): FormatCase => ({
      name: `${kind} ${format}`,
      kind,
      text,
      alg: ALG[kind],
      description: `${BASE[kind]} private key (${origin})`,
      publicKey,
    });
    const cases = [
      add('PKCS#8 PEM', pem(privateKey, 'pkcs8'), 'PKCS#8 PEM'),
      add('private JWK', JSON.stringify(privateKey.export({ format: 'jwk' })), 'JWK'),
    ];
    if (kind === 'RSA') cases.push(add('PKCS#1 PEM', pem(privateKey, 'pkcs1'), 'PKCS#1 PEM'));
    if (kind.startsWith('P-')) {
      cases.push(add('SEC1 PEM', pem(privateKey, 'sec1'), 'SEC1 PEM'));
      cases.push(add('SEC1 PEM without public key', sec1WithoutPublicKey(privateKey, kind), 'SEC1 PEM'));
    }
    return cases;
  },
);

/** Signs with jose from the parsed JWK; returns whether Node verifies it with the original public key. */
async function signsLikeTheOriginal(jwk: JWK, alg: JwsAlgorithm, publicKey: KeyObject): Promise<boolean> {
  const jws = await new CompactSign(new TextEncoder().encode('{"sub":"42"}'))
    .setProtectedHeader({ alg })
    .sign(await importJWK(jwk, alg));
  const [header = '', payload = '', signature = ''] = jws.split('.');
  const data = Buffer.from(`${header}.${payload}`);
  const sig = Buffer.from(signature, 'base64url');
  if (alg === 'EdDSA') return verify(null, data, publicKey, sig);
  const hash = `sha${alg.slice(2)}`;
  if (alg.startsWith('ES')) return verify(hash, data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, sig);
  if (alg.startsWith('PS')) {
    const pss = {
      key: publicKey,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: Number(alg.slice(2)) / 8,
    };
    return verify(hash, data, pss, sig);
  }
  return verify(hash, data, publicKey, sig);
}

describe('parseSigningKey', () => {
  it.each(FORMAT_CASES)(
    '$name: signs with jose, verified by Node with the original key',
    async (testCase) => {
      const result = await parseSigningKey(testCase.text, 'utf8');
      if (!result.ok) throw new Error(result.error.message);
      const key = result.value;
      if (key.kind !== 'private') throw new Error('expected a private key');
      expect(key.description).toBe(testCase.description);
      expect(key.jwk.d).toEqual(expect.any(String));
      expect(key.publicJwk).toEqual(testCase.publicKey.export({ format: 'jwk' }));
      expect(key.bits).toBe(testCase.kind === 'RSA' ? 2048 : undefined);
      expect(await signsLikeTheOriginal(key.jwk, testCase.alg, testCase.publicKey)).toBe(true);
    },
  );

  it('a signature from an unrelated key does not verify (the check above can fail)', async () => {
    const testCase = FORMAT_CASES.find((c) => c.name === 'P-256 PKCS#8 PEM')!;
    const other = generate('P-256');
    const result = await parseSigningKey(testCase.text, 'utf8');
    if (!result.ok || result.value.kind !== 'private') throw new Error('parse failed');
    expect(await signsLikeTheOriginal(result.value.jwk, 'ES256', other.publicKey)).toBe(false);
  });

  it('reads an RSA PKCS#8 key marked id-RSASSA-PSS and signs PS256 with it', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
    const result = await parseSigningKey(pem(privateKey, 'pkcs8'), 'utf8');
    if (!result.ok || result.value.kind !== 'private') throw new Error('parse failed');
    expect(result.value.description).toBe(
      'RSA 2048-bit private key (PKCS#8 PEM, marked for RSASSA-PSS: use PS256/PS384/PS512)',
    );
    expect(await signsLikeTheOriginal(result.value.jwk, 'PS256', publicKey)).toBe(true);
  });

  it('keeps kid, use and alg of a private JWK and drops key_ops and ext', async () => {
    const { privateKey } = generate('P-256');
    const jwk = {
      ...privateKey.export({ format: 'jwk' }),
      kid: 'k-1',
      use: 'sig',
      alg: 'ES256',
      key_ops: ['sign'],
      ext: true,
    };
    const result = await parseSigningKey(JSON.stringify(jwk), 'utf8');
    if (!result.ok || result.value.kind !== 'private') throw new Error('parse failed');
    expect(result.value.kid).toBe('k-1');
    expect(result.value.jwk).toMatchObject({ kid: 'k-1', use: 'sig', alg: 'ES256', d: jwk.d });
    expect(result.value.jwk).not.toHaveProperty('key_ops');
    expect(result.value.jwk).not.toHaveProperty('ext');
    expect(result.value.publicJwk).toEqual({
      kty: 'EC',
      crv: 'P-256',
      x: jwk.x,
      y: jwk.y,
      use: 'sig',
      alg: 'ES256',
      kid: 'k-1',
    });
  });

  it('reads an RSA JWK labelled for PS256 (alg is metadata, not an import parameter)', async () => {
    const { publicKey, privateKey } = generate('RSA');
    const jwk = { ...privateKey.export({ format: 'jwk' }), alg: 'PS256', use: 'sig' };
    const result = await parseSigningKey(JSON.stringify(jwk), 'utf8');
    if (!result.ok || result.value.kind !== 'private') throw new Error('parse failed');
    expect(result.value.jwk.alg).toBe('PS256');
    expect(await signsLikeTheOriginal(result.value.jwk, 'PS256', publicKey)).toBe(true);
  });

  it('takes the private key out of a JWKS that also lists public keys', async () => {
    const { publicKey, privateKey } = generate('Ed25519');
    const jwks = {
      keys: [publicKey.export({ format: 'jwk' }), { ...privateKey.export({ format: 'jwk' }), kid: 'b' }],
    };
    const result = await parseSigningKey(JSON.stringify(jwks), 'utf8');
    if (!result.ok || result.value.kind !== 'private') throw new Error('parse failed');
    expect(result.value.description).toBe('Ed25519 private key (key 2 of 2 in a JWKS)');
    expect(result.value.kid).toBe('b');
    expect(await signsLikeTheOriginal(result.value.jwk, 'EdDSA', publicKey)).toBe(true);
  });

  it('ignores text around the PEM block and escaped line breaks', async () => {
    const testCase = FORMAT_CASES.find((c) => c.name === 'RSA PKCS#1 PEM')!;
    const wrapped = `# key for staging\n${testCase.text.replaceAll('\n', '\\n')}\n`;
    const result = await parseSigningKey(wrapped, 'utf8');
    expect(result.ok && result.value.description).toBe('RSA 2048-bit private key (PKCS#1 PEM)');
  });

  it.each([
    [
      'utf8',
      'your-256-bit-secret',
      'your-256-bit-secret',
      '19-byte HMAC secret (152 bits, read as UTF-8 text)',
    ],
    ['base64', 'c2VjcmV0IGtleQ==', 'secret key', '10-byte HMAC secret (80 bits, read as base64)'],
    ['base64url', 'c2VjcmV0IGtleQ', 'secret key', '10-byte HMAC secret (80 bits, read as base64url)'],
    ['hex', '736563726574', 'secret', '6-byte HMAC secret (48 bits, read as hex)'],
  ] as const)('reads a %s secret', async (encoding, text, expected, description) => {
    const result = await parseSigningKey(text, encoding);
    expect(result).toEqual({
      ok: true,
      value: { kind: 'secret', bytes: new Uint8Array(Buffer.from(expected)), encoding, description },
    });
  });

  it('reads an oct JWK as an HMAC secret', async () => {
    const k = Buffer.from('a secret of thirty-two bytes!!!!').toString('base64url');
    const result = await parseSigningKey(JSON.stringify({ kty: 'oct', k, kid: 'h1' }), 'utf8');
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'secret',
        bytes: new Uint8Array(Buffer.from('a secret of thirty-two bytes!!!!')),
        encoding: 'base64url',
        description: '32-byte HMAC secret (256 bits, from an oct JWK)',
      },
    });
  });
});
