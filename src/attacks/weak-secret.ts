import { fail, ok, type Result } from '@/core/errors';
import { bytesToUtf8, utf8ToBytes } from '@/encoding/base64';
import {
  ADMIN_CLAIMS,
  AUDIENCE,
  ISSUER,
  USER_CLAIMS,
  claimsText,
  encodeJson,
  inputText,
  randomSecret,
  readClaims,
  runClock,
  signCompact,
  withLifetime,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { verifyHardened } from './hardened-verifier';
import { naiveVerifySignatureOnly } from './naive-verifiers';
import { SMALL_WORDLIST, crackWithSmallWordlist } from './small-wordlist';

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const secretText = inputText(inputs, 'key');
  if (secretText === '')
    return fail('KEY_EMPTY', 'key', 'Enter the secret the service signs with, e.g. your-256-bit-secret.');
  const { nowMs, nowS } = runClock(context);

  const weak = utf8ToBytes(secretText);
  const genuineToken = await signCompact({ alg: 'HS256', typ: 'JWT' }, withLifetime(USER_CLAIMS, nowS), weak);
  const crack = context?.crackSecret ?? crackWithSmallWordlist;
  const cracked = await crack(genuineToken, context?.signal);
  context?.signal?.throwIfAborted();
  const forgedClaims = withLifetime(claims.value, nowS);
  const forgedToken = cracked
    ? await signCompact({ alg: 'HS256', typ: 'JWT' }, forgedClaims, cracked)
    : `${genuineToken.split('.')[0] ?? ''}.${encodeJson(forgedClaims)}.${genuineToken.split('.')[2] ?? ''}`;
  const engine = context?.crackSecret
    ? 'The attacker ran the Keys page’s audit engine (the published list of known JWT secrets, in Web Workers) against it, offline.'
    : `The attacker tried a small built-in list of ${SMALL_WORDLIST.length} famous secrets against it with WebCrypto HMAC, offline (the page itself uses the Keys page’s audit engine and its full list).`;

  return ok({
    forgedToken,
    genuineToken,
    steps: [
      'The service issued alice a genuine HS256 token (role "user"), signed with the secret above.',
      engine,
      cracked
        ? `Found: ${JSON.stringify(bytesToUtf8(cracked) ?? '(binary)')} signs the token. With it they signed the claims above (iat and exp added for the next hour where absent).`
        : 'No candidate signs the token, so the attacker cannot sign; they send the altered claims with the old signature anyway.',
      'The hardened service was deployed with 32 random bytes from crypto.getRandomValues instead: no list holds them. Both verifiers received exactly these bytes.',
    ],
    naive: await naiveVerifySignatureOnly(forgedToken, weak, 'HS256'),
    hardened: await verifyHardened(forgedToken, {
      key: randomSecret(),
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      nowMs,
    }),
  });
}

/** A secret from a wordlist, cracked offline from one token, then a forged admin token. */
export const WEAK_SECRET: AttackExperiment = {
  id: 'weak-secret',
  title: 'Weak secret, cracked offline',
  situation:
    'A service signs HS256 tokens with a secret a human chose or copied from a tutorial. One token is all an attacker needs: they try candidate secrets offline until one reproduces its signature.',
  why: 'The naive service verifies correctly, but with a secret on every wordlist, so the attacker’s token verifies too. The hardened service uses 32 bytes from a CSPRNG, which no list or brute force will find, so the token signed with the cracked secret fails its signature check.',
  fix: `import { jwtVerify } from 'jose';

// once, at setup: 32 random bytes (openssl rand -base64 32), kept in a secret manager
const secret = crypto.getRandomValues(new Uint8Array(32));

const { payload } = await jwtVerify(token, secret, {
  algorithms: ['HS256'],
  issuer: 'https://login.example.com',
  audience: 'api.example.com',
});`,
  reference: {
    label: 'RFC 8725 §2.2 and §3.5 (keys with sufficient entropy); RFC 7518 §3.2',
    url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.5',
  },
  defence: { label: 'Keys: audit a token’s secret, and generate a strong one', path: '/keys' },
  inputs: [
    {
      name: 'key',
      label: 'The service’s secret',
      initial: 'your-256-bit-secret',
      helperText: 'jwt.io’s old default: on every list of known secrets.',
    },
    {
      name: 'claims',
      label: 'Claims the attacker writes',
      initial: claimsText(ADMIN_CLAIMS),
      multiline: true,
    },
  ],
  run,
};
