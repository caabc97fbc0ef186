import { describe, expect, it } from 'vitest';
import { ALGORITHM_INFO, JWS_ALGORITHMS, type JwsAlgorithm } from '@/core/algorithms';
import { SNIPPET_LANGS, type SnippetKey, type SnippetLang, type SnippetOptions } from './snippet-types';
import { supportsAlgorithm, verifySnippet } from './verify-snippets';

/** How each program pins the algorithm, in its library's words. */
const PIN: Record<SnippetLang, (alg: string) => string> = {
  'node-jose': (alg) => `algorithms: ["${alg}"]`,
  'node-jsonwebtoken': (alg) => `algorithms: ["${alg}"]`,
  'python-pyjwt': (alg) => `algorithms=["${alg}"]`,
  'ruby-jwt': (alg) => `algorithm: "${alg}"`,
  'go-jwt': (alg) => `jwt.WithValidMethods([]string{"${alg}"})`,
};

/** How each program is told the leeway, for 90 seconds. */
const LEEWAY: Record<SnippetLang, string> = {
  'node-jose': 'clockTolerance: 90,',
  'node-jsonwebtoken': 'clockTolerance: 90,',
  'python-pyjwt': 'leeway=90,',
  'ruby-jwt': 'leeway: 90,',
  'go-jwt': 'leeway := 90 * time.Second',
};

const FORMS: readonly SnippetKey[] = [{ form: 'pem' }, { form: 'jwk' }, { form: 'jwks', kid: 'k1' }];
const keysFor = (alg: JwsAlgorithm): readonly SnippetKey[] =>
  ALGORITHM_INFO[alg].family === 'HMAC'
    ? (['utf8', 'base64', 'base64url', 'hex'] as const).map((encoding) => ({ form: 'secret', encoding }))
    : FORMS;
const CASES = SNIPPET_LANGS.flatMap((lang) =>
  JWS_ALGORITHMS.filter((alg) => supportsAlgorithm(lang, alg)).flatMap((alg) =>
    keysFor(alg).map((key) => ({ lang, alg, key, name: `${lang} ${alg} ${JSON.stringify(key)}` })),
  ),
);

function codeFor(lang: SnippetLang, options: SnippetOptions): string {
  const result = verifySnippet(lang, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.code;
}

describe('verifySnippet', () => {
  it.each(CASES)(
    '$name pins the algorithm and reads TOKEN and only its own key variable',
    ({ lang, alg, key }) => {
      const result = verifySnippet(lang, { alg, key, skewSeconds: 90 });
      if (!result.ok) throw new Error(result.error.message);
      const { code, env } = result.value;
      const keyVar = key.form === 'secret' ? 'JWT_SECRET' : 'JWT_PUBLIC_KEY';
      const otherVar = key.form === 'secret' ? 'JWT_PUBLIC_KEY' : 'JWT_SECRET';
      expect(code).toContain(PIN[lang](alg));
      expect(code).toContain(LEEWAY[lang]);
      expect(code).toMatch(/["'$]TOKEN\b/);
      expect(code).toContain(keyVar);
      expect(code).not.toContain(otherVar);
      expect(env.map((variable) => variable.name)).toEqual(['TOKEN', keyVar]);
    },
  );

  it.each(SNIPPET_LANGS)('%s checks iss and every expected aud only when they are given', (lang) => {
    const loose = codeFor(lang, { alg: 'HS256', key: { form: 'secret', encoding: 'utf8' }, skewSeconds: 0 });
    const strict = codeFor(lang, {
      alg: 'HS256',
      key: { form: 'secret', encoding: 'utf8' },
      skewSeconds: 0,
      expectedIssuer: 'https://idp.example/',
      expectedAudience: ['api://a', 'api://b'],
    });
    for (const value of ['"https://idp.example/"', '"api://a", "api://b"']) {
      expect(strict).toContain(value);
      expect(loose).not.toContain(value);
    }
  });

  it('turns off PyJWT’s own aud check only when no audience is expected', () => {
    const options: SnippetOptions = { alg: 'RS256', key: { form: 'pem' }, skewSeconds: 0 };
    expect(codeFor('python-pyjwt', options)).toContain('"verify_aud": False');
    const withAudience = codeFor('python-pyjwt', { ...options, expectedAudience: ['api://a'] });
    expect(withAudience).not.toContain('verify_aud');
  });

  it.each([
    [-5, 0],
    [12.9, 12],
    [Number.NaN, 0],
  ])('writes the leeway %s as %s whole seconds', (skewSeconds, written) => {
    const code = codeFor('node-jose', { alg: 'ES256', key: { form: 'jwk' }, skewSeconds });
    expect(code).toContain(`clockTolerance: ${written},`);
  });

  it.each([
    ['node-jsonwebtoken', 'EdDSA'],
    ['node-jsonwebtoken', 'Ed25519'],
    ['ruby-jwt', 'EdDSA'],
    ['python-pyjwt', 'Ed25519'],
    ['go-jwt', 'Ed25519'],
  ] as const)('returns ALG_UNSUPPORTED for %s with %s', (lang, alg) => {
    const result = verifySnippet(lang, { alg, key: { form: 'jwk' }, skewSeconds: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'ALG_UNSUPPORTED', field: 'alg' });
    expect(result.error.message).toContain(alg);
  });

  it.each([
    ['HS256', { form: 'pem' }],
    ['RS256', { form: 'secret', encoding: 'utf8' }],
  ] as const)('returns KEY_ALG_MISMATCH for %s with %j', (alg, key) => {
    const result = verifySnippet('node-jose', { alg, key, skewSeconds: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'KEY_ALG_MISMATCH', field: 'key' } });
  });

  it('writes Go indented with tabs, as gofmt does', () => {
    const code = codeFor('go-jwt', { alg: 'ES256', key: { form: 'jwks', kid: 'k' }, skewSeconds: 0 });
    expect(code).not.toMatch(/^ +/m);
    expect(code).toContain('\tKid string `json:"kid"`');
  });
});
