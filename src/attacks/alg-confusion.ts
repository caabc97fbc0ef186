import { importJWK, type JWK } from 'jose';
import type { JwsAlgorithm } from '@/core/algorithms';
import { fail, ok, type Result } from '@/core/errors';
import { utf8ToBytes } from '@/encoding/base64';
import { parseKey } from '@/keys/parse-key';
import {
  ADMIN_CLAIMS,
  AUDIENCE,
  ISSUER,
  claimsText,
  inputText,
  readClaims,
  runClock,
  signCompact,
  withLifetime,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { verifyHardened } from './hardened-verifier';
import { naiveVerifyTrustingAlg } from './naive-verifiers';
import { SAMPLE_RSA_PUBLIC_KEY_PEM } from './sample-public-key';

const PUBLIC_PEM_SOURCES = ['pem-spki', 'pem-pkcs1-public', 'pem-x509'];
const EC_ALGS: Readonly<Record<string, JwsAlgorithm>> = {
  'P-256': 'ES256',
  'P-384': 'ES384',
  'P-521': 'ES512',
};

/** The verifier's public key from its PEM text, and the one algorithm it is meant for. */
async function readPublicKey(
  text: string,
): Promise<Result<{ jwk: JWK; alg: JwsAlgorithm; description: string }>> {
  const parsed = await parseKey(text, 'utf8');
  if (!parsed.ok) return parsed;
  const candidate = parsed.value.candidates[0];
  if (!PUBLIC_PEM_SOURCES.includes(parsed.value.source) || !candidate)
    return fail(
      'KEY_INVALID',
      'key',
      'Paste the verifier’s public key as PEM (-----BEGIN PUBLIC KEY-----): the attack uses its exact text, which is public, as an HMAC secret.',
    );
  const { jwk } = candidate;
  const alg = jwk.kty === 'RSA' ? 'RS256' : EC_ALGS[jwk.crv ?? ''];
  if (!alg)
    return fail(
      'KEY_UNSUPPORTED',
      'key',
      `This experiment takes an RSA or EC P-256/384/521 public key, not ${candidate.description}.`,
    );
  return ok({ jwk, alg, description: candidate.description });
}

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const keyText = inputText(inputs, 'key');
  const key = await readPublicKey(keyText);
  if (!key.ok) return key;
  const { nowMs, nowS } = runClock(context);

  const publicKey = (await importJWK(key.value.jwk, key.value.alg)) as CryptoKey;
  const hmacSecret = utf8ToBytes(keyText);
  const forgedToken = await signCompact(
    { alg: 'HS256', typ: 'JWT' },
    withLifetime(claims.value, nowS),
    hmacSecret,
  );

  return ok({
    forgedToken,
    steps: [
      `The service verifies ${key.value.alg} tokens with its ${key.value.description}, published as the PEM text above — public by design.`,
      `The attacker copied that text byte for byte (${hmacSecret.length} bytes, line breaks included) and used it as an HMAC secret.`,
      'They signed the claims above as HS256 with it (iat and exp added for the next hour where absent).',
      'Both verifiers received exactly these bytes.',
    ],
    naive: await naiveVerifyTrustingAlg(forgedToken, keyText),
    hardened: await verifyHardened(forgedToken, {
      key: publicKey,
      algorithms: [key.value.alg],
      issuer: ISSUER,
      audience: AUDIENCE,
      nowMs,
    }),
  });
}

/** RS256 → HS256: the public key's PEM text used as an HMAC secret. */
export const ALG_CONFUSION: AttackExperiment = {
  id: 'alg-confusion',
  title: 'Algorithm confusion (RS256 → HS256)',
  situation:
    'A service verifies RS256 tokens with its public key, which anyone may download. An attacker signs a token with HS256, using that public key’s PEM text as the HMAC secret.',
  why: 'The naive verifier takes the algorithm from the header and feeds its configured key text to HMAC, so the public key becomes a shared secret the attacker also holds. The hardened one pins RS256 and holds an RSA CryptoKey, which jose will never use for HMAC: the token is refused on its "alg".',
  fix: `import { importSPKI, jwtVerify } from 'jose';

const publicKey = await importSPKI(pem, 'RS256'); // a key object, not text
const { payload } = await jwtVerify(token, publicKey, {
  algorithms: ['RS256'], // HS256 is not on the list
  issuer: 'https://login.example.com',
  audience: 'api.example.com',
});`,
  reference: {
    label: 'CVE-2015-9235 (jsonwebtoken < 4.2.2); RFC 8725 §2.1 and §3.1',
    url: 'https://nvd.nist.gov/vuln/detail/CVE-2015-9235',
  },
  defence: { label: 'The debugger refuses a public key used as an HMAC secret', path: '/' },
  inputs: [
    {
      name: 'claims',
      label: 'Claims the attacker writes',
      initial: claimsText(ADMIN_CLAIMS),
      multiline: true,
    },
    {
      name: 'key',
      label: 'The verifier’s public key (PEM)',
      initial: SAMPLE_RSA_PUBLIC_KEY_PEM,
      multiline: true,
      helperText: 'Any RSA or EC public key in PEM: the attacker needs nothing private.',
    },
  ],
  run,
};
